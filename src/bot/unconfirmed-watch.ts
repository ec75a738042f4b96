import type { TurnContext } from 'botbuilder';
import { MessageFactory } from 'botbuilder';
import type { Settled } from '../flows';
import { errorFields, log } from '../log';
import { noticeText, render, type Rendered } from './render';

/** When the background re-reads run after an unconfirmed write: about a minute in all, then the user's next turn. */
export const RECHECK_DELAYS_MS = [2_000, 5_000, 15_000, 40_000];

/**
 * Re-reads in the background for cards left "I couldn't confirm ...", a bounded number of times.
 * `attempt` resolves true once the card is settled (or there is nothing left to settle); what
 * is still open afterwards is settled on the user's next turn.
 */
export class UnconfirmedWatch {
  constructor(private readonly delaysMs: number[] = RECHECK_DELAYS_MS) {}

  watch(attempt: () => Promise<boolean>): void {
    const run = (index: number) => {
      if (index >= this.delaysMs.length) {
        log.info({ event: 'unconfirmed-left-for-next-turn' }, 'an unconfirmed outcome is left for the next turn');
        return;
      }
      setTimeout(() => {
        attempt().then(
          (settled) => (settled ? undefined : run(index + 1)),
          (error) => {
            log.warn({ event: 'unconfirmed-recheck-failed', ...errorFields(error) }, 'a background re-read failed');
            run(index + 1);
          },
        );
      }, this.delaysMs[index]).unref();
    };
    run(0);
  }
}

/** Shows a settled card: its final state in place, and a message when it works again. */
export async function presentSettled(
  context: TurnContext,
  settled: Settled,
  audience: Parameters<typeof render>[1],
  commentMaxLength: number,
): Promise<void> {
  const rendered: Rendered = render(settled.view, audience, commentMaxLength);
  if (settled.cardId) await context.updateActivity({ ...rendered.activity, id: settled.cardId, type: 'message' });
  else await context.sendActivity(rendered.activity);
  if (settled.notice) await context.sendActivity(MessageFactory.text(noticeText(audience.catalog, settled.notice, audience)));
}
