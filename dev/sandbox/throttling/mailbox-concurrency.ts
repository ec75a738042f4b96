import { GraphHttpError } from '../http/contract';

/** Outlook allows 4 concurrent requests per app per mailbox (graph-facts.md, throttling-limits.md). */
export const MAILBOX_CONCURRENCY_LIMIT = 4;

/** Counts requests in flight per app and mailbox, refusing the one over Outlook's limit. */
export class MailboxConcurrency {
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly limit = MAILBOX_CONCURRENCY_LIMIT) {}

  /** Takes a slot or throws Outlook's 429; call the returned function exactly once when the request ends. */
  enter(appId: string, mailbox: string): () => void {
    const key = `${appId}|${mailbox.toLowerCase()}`;
    const count = this.inFlight.get(key) ?? 0;
    if (count >= this.limit) {
      throw new GraphHttpError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'Retry-After': '1' });
    }
    this.inFlight.set(key, count + 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const remaining = (this.inFlight.get(key) ?? 1) - 1;
      if (remaining > 0) this.inFlight.set(key, remaining);
      else this.inFlight.delete(key);
    };
  }
}
