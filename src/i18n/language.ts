/**
 * "en-US" -> "en", "de_DE" -> "de": the language the catalogs and NLU packs are keyed by. The one
 * place a locale becomes a language; anything that is not a locale string (activities come from
 * outside) is English.
 */
export function language(locale: unknown): string {
  if (typeof locale !== 'string') return 'en';
  return locale.trim().toLowerCase().split(/[-_]/)[0] || 'en';
}
