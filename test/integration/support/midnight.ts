import { DateTime } from 'luxon';

/**
 * Suites that compute "today" and "tomorrow" as the bot will (from the real now, in each zone) wait
 * out a local midnight in any of `zones` that is less than two minutes away, so that it does not pass
 * between the seed and the assertions.
 */
export async function clearOfMidnights(zones: readonly string[]): Promise<void> {
  const wait = Math.max(
    0,
    ...zones.map((zone) => {
      const now = DateTime.now().setZone(zone);
      const left = now.plus({ days: 1 }).startOf('day').diff(now).as('milliseconds');
      return left < 120_000 ? left + 1000 : 0;
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, wait));
}
