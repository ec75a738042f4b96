import { language } from '../i18n/language';
import type { LanguagePack } from './pack';
import { packFor } from './packs';

/**
 * Words that say which language a short request is in: function words and the bot's own
 * vocabulary, none of them a word of the other language ("am", "in", "was", "an", "die" are left
 * out, and so are "meeting" and "call", which German speakers say too). Meeting titles borrow words
 * freely, so a text only counts as another language when it has more of its words than of the
 * locale's.
 */
const MARKERS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'the my a to at on for with me i is it and please cancel show tomorrow today next this of all can you what whats drop from tell them they that one ones both yes no list upcoming week'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der das den dem des mein meine meinen meinem meiner mir ich ist und bitte absagen sag sage ab termin termine terminen morgen heute nächste nächsten nächster diese diesen alle kannst du mit um zeig zeige zeigen von für nachricht beide ja nein woche übermorgen besprechung sitzung ihnen sie bis hab habe heit heut morgn mrgn absäge ablehne hüt morn übermorn isch chasch chönntsch'.split(
      ' ',
    ),
  ),
};

/**
 * The pack that reads `text`: the Teams locale's, unless the text is written in the other language
 * the bot reads (a German Teams with an English request, or the reverse), as people often write in
 * another language than their client's.
 */
export function packForText(text: string, locale: unknown): LanguagePack {
  const own = language(locale);
  // Words as typed, digits and all: "1on1s" (as the packs write a 1:1) holds no English "on".
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const count = (lang: string) => words.reduce((sum, word) => sum + (MARKERS[lang]?.has(word) ? 1 : 0), 0);
  const [best] = Object.keys(MARKERS)
    .map((lang) => ({ lang, count: count(lang) }))
    .sort((a, b) => b.count - a.count);
  return packFor(best.count > count(own) ? best.lang : locale);
}
