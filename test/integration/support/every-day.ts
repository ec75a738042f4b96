import { defaultSeed, type Seed } from '../../../dev/sandbox';
import { clearOfMidnights } from './midnight';

const WEEK = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/**
 * The default world with Alex's daily standup on every day of the week, not only on weekdays, laid
 * out when the suite starts (clear of a Pacific midnight). Suites that say "cancel my meeting
 * tomorrow" to get a choice need two of his own meetings tomorrow: the 1:1 and the standup. On a
 * Friday or Saturday in Los Angeles the weekday standup was not there, and the choice was no choice.
 */
export async function standupEveryDay(): Promise<{ sandbox: { seed: Seed } }> {
  await clearOfMidnights(['America/Los_Angeles']);
  const seed = defaultSeed(new Date());
  const events = seed.events.map((event) =>
    event.subject === 'Daily standup' && event.recurrence
      ? { ...event, recurrence: { ...event.recurrence, pattern: { ...event.recurrence.pattern, daysOfWeek: [...WEEK] } } }
      : event,
  );
  if (events.every((event, i) => event === seed.events[i])) throw new Error('The default seed has no Daily standup series any more');
  return { sandbox: { seed: { ...seed, events } } };
}
