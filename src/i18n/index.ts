import type { Catalog } from './catalog';
import { de } from './de';
import { en } from './en';
import { language } from './language';

const catalogs: Record<string, Catalog> = { en, de };

/** The catalog for a Teams locale ("de-DE", "en-US"); English when we do not speak it. */
export function catalogFor(locale: unknown): Catalog {
  return catalogs[language(locale)] ?? en;
}

export type { Catalog } from './catalog';
export { meetingName } from './catalog';
export { formatClock, formatDate, formatMoment, formatWhen, formatZone } from './format';
export { language } from './language';
