/**
 * Messages this process has taken on, by conversation and activity id, for a while: the channel
 * delivers a message again when the bot's answer was slow or lost (a retry keeps the activity id),
 * and answering both would send two cards. Only this process's: a repeat that reaches another
 * instance is answered again, which is harmless (a list or a confirm card; nothing is cancelled
 * without a click). A turn that failed is forgotten, so a repeat of it can still be answered.
 */
export class DeliveredMessages {
  /** Insertion order is arrival order: the oldest are at the front. */
  private readonly taken = new Map<string, number>();

  constructor(
    private readonly keepMs = 10 * 60_000,
    private readonly most = 10_000,
  ) {}

  /** True the first time a message is delivered (within keepMs), false for a repeat; true when it has no id. */
  take(activity: { id?: string; conversation?: { id?: string } }, now = Date.now()): boolean {
    const key = keyOf(activity);
    if (!key) return true;
    for (const [old, at] of this.taken) {
      if (now - at < this.keepMs && this.taken.size < this.most) break;
      this.taken.delete(old);
    }
    if (this.taken.has(key)) return false;
    this.taken.set(key, now);
    return true;
  }

  forget(activity: { id?: string; conversation?: { id?: string } }): void {
    const key = keyOf(activity);
    if (key) this.taken.delete(key);
  }
}

function keyOf(activity: { id?: string; conversation?: { id?: string } }): string | undefined {
  return activity.id && activity.conversation?.id ? `${activity.conversation.id}\n${activity.id}` : undefined;
}
