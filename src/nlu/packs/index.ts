import type { LanguagePack } from '../pack';
import { de } from './de';
import { en } from './en';

const PACKS: Record<string, LanguagePack> = { en, de };

/** The pack for an activity locale ("de-DE", "de", "en-US"); unknown locales get English. */
export function packFor(locale: string | undefined): LanguagePack {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return PACKS[language] ?? en;
}
