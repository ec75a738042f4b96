import type { BotDeps } from './deps';

/** How long an invoke's work may take before it is answered anyway (Teams waits about 5 s). */
export function invokeDeadlineMs(deps: Pick<BotDeps, 'invokeDeadlineMs'>): number {
  return deps.invokeDeadlineMs ?? 3000;
}

/** The work's result, or 'late' once `ms` passed (the work goes on). */
export function within<T>(work: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
