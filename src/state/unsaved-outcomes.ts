import { log } from '../log';
import { StorageUnavailableError } from '../storage';

type Save = () => Promise<void>;

/** Retries wait 1 s, 2 s, 4 s ... up to this, for as long as the process lives. */
const MAX_DELAY_MS = 30_000;

/**
 * Card outcomes this process reached but could not save (storage was down): the work is done
 * (a meeting was cancelled), so the outcome must land. Saved in the background with backoff,
 * and first thing when the same card is clicked again.
 */
export class UnsavedOutcomes {
  private readonly pending = new Map<string, { save: Save; timer?: NodeJS.Timeout }>();

  keep(id: string, save: Save): void {
    this.pending.set(id, { save });
    this.schedule(id, 1000);
  }

  /** Saves the outcome of `id` if one is waiting; throws (storage still down) when it cannot. */
  async flush(id: string): Promise<void> {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    try {
      await entry.save();
      this.pending.delete(id);
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) return this.drop(id, error);
      this.schedule(id, 1000);
      throw error;
    }
  }

  private schedule(id: string, delayMs: number): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    entry.timer = setTimeout(() => {
      entry.save().then(
        () => {
          this.pending.delete(id);
          log.info({ event: 'outcome-saved-late' }, 'a card outcome was saved after a storage outage');
        },
        (error) =>
          error instanceof StorageUnavailableError ? this.schedule(id, Math.min(delayMs * 2, MAX_DELAY_MS)) : this.drop(id, error),
      );
    }, delayMs);
    entry.timer.unref();
  }

  /** Not a storage outage (the ticket expired and was swept): nothing left to save it into. */
  private drop(id: string, error: unknown): void {
    this.pending.delete(id);
    log.warn({ event: 'outcome-dropped', error: (error as Error)?.name }, 'a card outcome could not be saved');
  }
}
