import { language } from '../../i18n/language';
import type { LanguagePack } from '../pack';
import { de } from './de';
import { en } from './en';

const PACKS: Record<string, LanguagePack> = { en, de };

/** The pack for an activity locale ("de-DE", "de", "en-US"); unknown locales get English. */
export function packFor(locale: unknown): LanguagePack {
  return PACKS[language(locale)] ?? en;
}
