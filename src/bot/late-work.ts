/**
 * Work that goes on after its turn was answered (a click answered "working", a request carried out
 * after sign-in): kept track of, so that stopping the process lets it finish (a cancel in flight
 * gets its outcome saved and its card updated) instead of cutting it off.
 */
export class LateWork {
  private readonly running = new Set<Promise<unknown>>();

  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
  }

  /** Resolves once all work tracked so far has ended, or after `ms`, whichever comes first. */
  async finish(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    await Promise.race([Promise.all(this.running), waited]).finally(() => clearTimeout(timer));
  }
}
