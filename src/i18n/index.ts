import type { Catalog } from './catalog';
import { de } from './de';
import { en } from './en';
import { language } from './language';

const catalogs: Record<string, Catalog> = { en, de };

/** The catalog for a Teams locale ("de-DE", "en-US"); English when we do not speak it. */
export function catalogFor(locale: unknown): Catalog {
  return catalogs[language(locale)] ?? en;
}

/** The locale each catalog formats with when the user's own region has no conventions for its language. */
const defaultLocales: Record<string, string> = { en: 'en-US', de: 'de-DE' };
const formattingLocales = new Map<string, string>();

/**
 * The locale dates, times and zone names are written in: the language the bot answers in (see catalogFor), with
 * the user's region where Intl knows that language there (en-GB, de-AT, and "en-FR" writes "Mon, 30 Nov");
 * else that language's default (a pt-BR user is answered in English: "Mon, Nov 30", never "seg., 30 de nov.").
 */
export function formattingLocale(locale: unknown): string {
  const asked = typeof locale === 'string' ? locale.trim().replace(/_/g, '-').slice(0, 35) : '';
  let known = formattingLocales.get(asked);
  if (known === undefined) {
    const answers = catalogs[language(asked)] ? language(asked) : 'en';
    const region = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2}|\d{3})\b/i.exec(asked)?.[1]?.toUpperCase();
    known = defaultLocales[answers];
    try {
      // Intl falls back to the bare language for a region it has no data for ("en-BR" -> "en"): then the default.
      const wanted = `${answers}-${region}`;
      if (region && new Intl.DateTimeFormat(wanted).resolvedOptions().locale === wanted) known = wanted;
    } catch {
      // not a locale tag Intl takes: the default
    }
    if (formattingLocales.size < 500) formattingLocales.set(asked, known);
  }
  return known;
}

export type { Catalog, MessageFrom } from './catalog';
export { meetingName } from './catalog';
export { formatClock, formatDate, formatMoment, formatWhen, formatZone } from './format';
export { language } from './language';
