import * as chrono from 'chrono-node/de';
import { deu } from 'stopword';
import { withLetterBoundaries, type LanguagePack } from '../pack';
import { MIDDLE } from '../types';
import { germanDayOrdinals } from '../day-ordinals';

const NUMBERS: Record<string, number> = {
  eins: 1,
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  zwoelf: 12,
  // Swiss German: "um drüü", "halbi zwöi", "um zwölfi".
  eis: 1,
  zwöi: 2,
  drü: 3,
  drüü: 3,
  vieri: 4,
  foifi: 5,
  füfi: 5,
  sächsi: 6,
  sibni: 7,
  achti: 8,
  nüni: 9,
  zäni: 10,
  elfi: 11,
  zwölfi: 12,
};
const NUMBER_WORD = Object.keys(NUMBERS).join('|');
const HOUR = `(${NUMBER_WORD}|\\d{1,2})`;
const hourOf = (word: string): number => NUMBERS[word] ?? Number(word);
/** The hour before, on a 12-hour dial: "halb eins" is 12:30. */
const before = (hour: number): number => (hour === 1 ? 12 : hour === 13 ? 12 : hour - 1);

/** Eine Uhrzeit nach rewrite: "14", "14:30", "16 uhr". "bis 12." ist ein Datum, "vor 2 Tagen" keine Uhrzeit. */
const CLOCK = '\\d{1,2}(?::[0-5]\\d)?(?:\\s*uhr\\b|h\\b)?(?![\\d:/.]|\\s*(?:tage?n?|wochen?|minuten?|stunden?|leute|personen)\\b)';
/** A clock time that says it is one: "16 Uhr", "16h", "16:30". */
const CLOCK_SAID = '\\d{1,2}(?::[0-5]\\d(?:\\s*uhr\\b)?|\\s*uhr\\b|h\\b)(?![\\d:/.])';
const NOUN = '(?:termine?|meetings?|besprechung(?:en)?|treffen|sitzung(?:en)?|calls?)';
/** A person's, group's or calendar's name as typed: one word. */
const NAME = '\\p{L}[\\p{L}\\p{N}&-]*';
const NOT_A_MEETING = '(?:woche|monat|jahr|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mal)';
const WEEKDAYS: Record<string, number> = {
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
  sonntag: 7,
};
const WEEKDAY = `(?<weekday>${Object.keys(WEEKDAYS).join('|')})`;
/** A word that says when ("morgen", "am", "um", "Freitag", "15", "nächste"): what may follow a name before the verb. */
const WHEN_WORD = `(?:heute|morgen|übermorgen|uebermorgen|früh|frueh|abend|am|um|ab|diese[nrs]?|nächste[nrs]?|naechste[nrs]?|kommende[nrs]?|woche|${Object.keys(WEEKDAYS).join('|')}|\\d[\\d:.]*(?:\\s*uhr)?)\\b`;
/** After a name: the end of the request (or of its clause, or its "ab"), or when ("für Grace morgen", "für Alex am Freitag"). */
const WHEN_OR_END = `\\s*(?:$|ab\\b|[,.;:!?]|${WHEN_WORD})`;
const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  jänner: 1,
  februar: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  juli: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};
const MONTH = Object.keys(MONTHS).join('|');
const NEXT = '(?:nächste[nr]?|naechste[nr]?|kommende[nr]?)';

// German adjective endings: erste, ersten, erster, erstes.
const END = '(?:e|en|er|es|em)?';

/** Swiss and Austrian German spellings of words the pack reads, and chat shorthand, as typed in chat. */
const SWISS_WORDS: Record<string, string> = {
  // Austrian and Bavarian: "heit", "morgn", "was hab i", "zeig ma", "sog des Daily ab", "Feber".
  sog: 'sag',
  des: 'das',
  heit: 'heute',
  heut: 'heute',
  morgn: 'morgen',
  mrgn: 'morgen',
  i: 'ich',
  ma: 'mir',
  feber: 'februar',
  // Chat shorthand: "das mtg morgen", "pls".
  mtg: 'meeting',
  mtgs: 'meetings',
  pls: 'bitte',
  plz: 'bitte',
  absäge: 'absagen',
  ablehne: 'ablehnen',
  usser: 'außer',
  ussert: 'außer',
  em: 'dem',
  alli: 'alle',
  wuche: 'woche',
  nöchst: 'nächste',
  nöchsti: 'nächste',
  nöchschti: 'nächste',
  nächschti: 'nächste',
  isch: 'ist',
  hät: 'hat',
  chrank: 'krank',
  abzsäge: 'abzusagen',
  streiche: 'streichen',
  morn: 'morgen',
  übermorn: 'übermorgen',
  hüt: 'heute',
  // "hüt no absäge": Swiss "no" after a day is "noch", no title word.
  'hüt no': 'heute noch',
  'morn no': 'morgen noch',
  mäntig: 'montag',
  zischtig: 'dienstag',
  ziischtig: 'dienstag',
  mittwuch: 'mittwoch',
  donschtig: 'donnerstag',
  donnschtig: 'donnerstag',
  fritig: 'freitag',
  friitig: 'freitag',
  samschtig: 'samstag',
  sunntig: 'sonntag',
  sitzig: 'sitzung',
  chönd: 'können',
  chönnt: 'könnt',
  chasch: 'kannst',
  chönntsch: 'könntest',
  vo: 'von',
  mer: 'mir',
  de: 'den',
  zäme: ' ',
  zämme: ' ',
};
// Longest first: "hüt no" before "hüt".
const SWISS_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(SWISS_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** "die ganze Serie", "alle künftigen", "für immer". */
const SERIES =
  /\b(?:(?:die\s+|de\s+)?(?:ganze|ganzi|gesamte|komplette)\s+)?(?:serie|terminserie|serientermine?|reihe|alle\s+(?:künftigen\s+)?(?:termine|vorkommen)\s+der\s+serie)\b|\b(?:ganzen?|ganzi|gesamten?|kompletten?)\b(?=.*\b(?:serie|reihe)\b)|\b(?:wiederkehrende[nrms]?|sich\s+wiederholende[nrms]?)\b(?=.*\b(?:alle|sämtliche|saemtliche|jede[nrs]?)\b)|\b(?:alle\s+)?(?:künftigen|kuenftigen|zukünftigen|zukuenftigen)\b|\b(?:ab\s+(?:jetzt|sofort)\s+)?(?:für|fuer)\s+immer\b|\bvon\s+nun\s+an\b/;
/** Words that say the request is for several meetings or a day, not a series: "morgen komplett freiräumen". */
const NOT_ONE = `(?:termine|meetings|besprechungen|calls|alle[nrs]?|alles|sämtliche|saemtliche|tag|woche|kalender|heute|morgen|übermorgen|${Object.keys(WEEKDAYS).join('|')})`;

/** "So., 6. Dez.": the user's locale orders it. */
const SHORT_DATE = { weekday: 'short', month: 'short', day: 'numeric' } as const;

export const de: LanguagePack = withLetterBoundaries({
  language: 'de',
  chrono: chrono.casual,
  dayOrdinals: germanDayOrdinals,
  rewrite: (text) =>
    text
      // Schweizerdeutsch geschrieben: "absäge", "morn", "hüt", "d Sitzig", "s'Standup".
      .replace(SWISS_WORD, (word) => SWISS_WORDS[word])
      // Das Verb in zwei Teilen: "lass die Klausur ausfallen", "mach das 1:1 morgen weg".
      .replace(/\blasst?\s+uns\s+/g, '')
      .replace(/\blass(?:e|t)?\s+([^,.;!?]{1,60}?)\s+(?:ausfallen|entfallen|fallen)\b(?!\s+lassen)/g, '$1 ausfallen lassen')
      .replace(/\b(?:mach|tu)(?:e|t)?\s+([^,.;!?]{1,60}?)\s+weg\b/g, '$1 entfernen')
      // "nur das morgen, nicht die Serie", "nur dieses, nicht alle", "nicht jede Woche": die Serie oder alle nur genannt,
      // um sie zu lassen.
      .replace(
        /[,;]?\s*\b(?:aber\s+|und\s+)?(?:(?:nicht\s+(?:die\s+|den\s+)?(?:ganze[n]?\s+)?|keine\s+)(?:serie|serientermin|terminserie)|nicht\s+(?:alle|alles|sämtliche|das\s+ganze|die\s+ganze\s+sache|jede[ns]?(?:\s+(?:tag|woche|mal|termin))?))\b/g,
        ' ',
      )
      // Eine ungefähre Uhrzeit ist die Uhrzeit: "ca. halb 2", "so gegen 3", "etwa um 10".
      .replace(/\b(?:ca\.?|circa|zirka|ungefähr|etwa|so)\s+(?=(?:um\s+|gegen\s+)?(?:\d|halb\b|viertel\b|dreiviertel\b))/g, '')
      // "alle absagen, nur den Workshop nicht": an exception, as "außer dem Workshop"; only after a clause that asked for
      // something ("nur den Workshop nicht absagen" alone says keep it, not cancel it).
      .replace(/[,;]\s*nur\s+((?:den|die|das|dem)\s+[^,.;!?]{1,60}?)\s+nicht\b/g, ' außer $1 ')
      .replace(/(?<![\p{L}\p{N}'])(?:d\s+|s'\s*|s\s+)(?=\p{L}{3})/gu, (article) => (article.startsWith('s') ? 'das ' : 'die '))
      // "Nummer zwei": the digit, which the ordinals read.
      .replace(
        new RegExp(`\\b(nummer|nr\\.?|option)\\s*(${NUMBER_WORD})\\b`, 'g'),
        (_m, word: string, n: string) => `${word} ${NUMBERS[n]}`,
      )
      .replace(/\b(?:1\s*[:\-/]\s*1|1\s*(?:on|zu)\s*1|one[\s-]on[\s-]one)(s?)\b/g, (_m, plural: string) => ` 1on1${plural} `)
      // "Mittwochvormittag", "Donnerstagnachmittags": the day and its part ("Mittwochmorgen" stays: "morgen" is also tomorrow).
      .replace(/\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(vormittag|nachmittag|abend)(s?)\b/g, '$1 $2$3')
      // "15-Uhr-Termin", "9:30-Uhr-Meeting": a clock time run onto the noun.
      .replace(/\b(\d{1,2})(?::(\d{2}))?\s*-\s*uhr\s*-\s*/g, (_m, hour: string, minute?: string) => ` um ${hour}:${minute ?? '00'} uhr `)
      // chrono.de does not read the spoken dial: halb drei = 2:30, viertel nach drei = 3:15, viertel vor drei = 2:45.
      .replace(new RegExp(`\\bhalbi?\\s+${HOUR}(?![\\p{L}\\p{N}])`, 'gu'), (_m, h: string) => `${before(hourOf(h))}:30`)
      .replace(new RegExp(`\\bviertel\\s+nach\\s+${HOUR}\\b`, 'g'), (_m, h: string) => `${hourOf(h)}:15`)
      .replace(new RegExp(`\\bviertel\\s+vor\\s+${HOUR}\\b`, 'g'), (_m, h: string) => `${before(hourOf(h))}:45`)
      .replace(new RegExp(`\\bdreiviertel\\s+${HOUR}\\b`, 'g'), (_m, h: string) => `${before(hourOf(h))}:45`)
      // Regional (Austria, Bavaria, the East): "viertel vier" = 3:15, a quarter of the way to four.
      .replace(new RegExp(`\\bviertel\\s+${HOUR}\\b`, 'g'), (_m, h: string) => `${before(hourOf(h))}:15`)
      // A spoken time read as digits before "am" ("halb vier am Donnerstag"): not English a.m.
      .replace(/\b(\d{1,2}:\d{2})(?=\s+am\b)/g, '$1 uhr')
      // "gegen 10": about 10, read as 10.
      .replace(/\bgegen\s+(?=\d|(?:ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf)\b)/g, 'um ')
      .replace(new RegExp(`\\bum\\s+(${NUMBER_WORD})(?![\\p{L}\\p{N}])`, 'gu'), (_m, n: string) => `um ${NUMBERS[n]}`)
      .replace(new RegExp(`\\b(${NUMBER_WORD})\\s+uhr\\b`, 'g'), (_m, n: string) => `${NUMBERS[n]} uhr`)
      // "15 uhr 30" and "15.30 uhr" as 15:30.
      .replace(/\b(\d{1,2})\s*uhr\s*(\d{2})\b/g, '$1:$2')
      .replace(/\b(\d{1,2})\.(\d{2})\s*uhr\b/g, '$1:$2')
      .replace(/\b(?:um\s+)?mittags?\b(?!\s*essen)/g, ' um 12:00 ')
      .replace(/\bmitternacht\b/g, '0:00')
      // "Ende der Woche": ihr letzter Arbeitstag.
      .replace(/\b(?:am\s+|zum\s+)?ende\s+(?:der|dieser)\s+(?:arbeits)?woche\b/g, ' freitag ')
      // "wie sieht mein Tag aus", "der Rest meines Tages": heute.
      .replace(/\b(?:der\s+rest\s+)?(?:mein(?:en|es)?)\s+tag(?:es)?\b/g, 'heute')
      // "um 9:15 am Mittwoch": chrono.de reads a clock time without "Uhr" before "am" as English a.m., or drops it.
      .replace(/\bum\s+(\d{1,2}(?::\d{2})?)\b(?!\s*(?:uhr|:|\.\d))/g, 'um $1 uhr'),
  chatter: new RegExp(
    [
      '\\bguten\\s+(?:morgen|tag|abend)\\b',
      // Swiss and Austrian greetings too: "Grüezi", "Hoi zäme", "Griaß di".
      '\\b(?:hallo|hi|hey|moin(?:\\s+moin)?|servus|grüß\\s+(?:dich|gott)|gruess\\s+dich|tach|huhu|na|grüezi(?:\\s+mitenand)?|gruezi|grüessech|hoi(?:\\s+zäme)?|sali|salü|ciao|tschau|griaß\\s+di)\\b',
      // Swiss spelling too ("liebe Grüsse", "merci vilmal").
      '\\b(?:(?:liebe|viele|beste|herzliche|freundliche)\\s+)?(?:gruß|gruss|grüße|grüsse|gruesse)\\b',
      '\\b(?:danke(?:\\s+(?:dir|schön|schoen|sehr))?|vielen\\s+dank|merci|dankeschön|dankeschoen|thx|lg|vg)\\b',
      // Höflich verpackt: "sorry für die Störung", "sei so lieb und …", "magst du mir kurz …".
      '\\b(?:sorry|entschuldigung|entschuldige)\\s+(?:für\\s+die|fuer\\s+die)\\s+störung\\b',
      '\\b(?:so\\s+)?(?:lieb|nett|gut)\\s+(?:sein|wärst|waerst|bist)\\s+und\\b',
      '\\bmagst\\s+du\\s+(?:mir\\s+)?(?:(?:mal|kurz|eben|schnell|bitte)\\s+)*',
      '\\b(?:merci\\s+vie?lmal|vie?lmal)\\b',
      // Eine Einleitung vor dem Auftrag: "kleine Planänderung:", "kurze Bitte", "noch was", "übrigens".
      '\\b(?:(?:eine?|kleine|kurze|kleiner|kurzer|spontane)\\s+)?(?:planänderung|planaenderung|änderung\\s+im\\s+plan|programmänderung)\\b',
      '\\b(?:(?:eine|kleine|kurze)\\s+)+bitte\\b|\\bübrigens\\b|\\bfyi\\b|\\bach\\s+ja\\b',
      // Freundlichkeiten und eine Unterschrift: "Hoffe, es geht dir gut.", "Danke, Anna", "LG Anna".
      '\\b(?:ich\\s+)?hoffe,?\\s+(?:es\\s+geht\\s+(?:dir|euch|ihnen)|dir\\s+geht\\s+es|alles\\s+ist)\\b[^.!?,;]*(?:gut|bestens)\\b',
      "(?<=\\b(?:danke|dank|lg|vg|grüße|grüsse|gruesse|gruß|gruss)\\b[\\s,!.]*)\\p{L}[\\p{L}'-]*\\s*[.!]*\\s*$",
      '\\b(?:wenn\\s+(?:du\\s+)?(?:kannst|möglich|moeglich|es\\s+geht)|falls\\s+möglich|bitte\\s+schön|bitteschön|bitte|bitti|mal\\s+eben|kurz\\s+mal|schnell|eben\\s+mal|für\\s+mich|sorry|ups|hm+)\\b',
    ].join('|'),
    'g',
  ),
  // Auch vorweg: "ich bin krank, sag bitte alle Termine ab", "mir ist was dazwischengekommen, …".
  reason:
    /^\s*(?:ich\s+bin|bin|mir\s+ist|mir\s+geht(?:'?s|\s+es))\s+(?:(?:heute|morgen|leider|gerade|echt|total|ziemlich|irgendwie)\s+)*(?:krank\w*|erkältet|erkaeltet|verhindert|im\s+urlaub|unterwegs|beim\s+arzt|nicht\s+(?:da|im\s+büro|gut)|außer\s+haus|(?:was|etwas)\s+dazwischen\w*|schlecht|übel)\b[^,;.!?]*[,;.!?]|(?:[,;.!:()–—-]+\s*|\s+)(?:weil|da\s+ich|denn|wegen)\b.*$|(?<=\b(?:absagen|abzusagen|ab|streichen|canceln|stornieren|ablehnen|löschen|loeschen|entfernen|lassen)\b)\s+(?:ich\s+bin|bin|ich\s+hab\w*|hab\w*|ich\s+muss|muss|mir\s+ist|leider|i\s+(?:bi|bin|ha|han|cha|chan|mues|muess)|bi(?=\s+\p{L})|\p{L}+\s+(?:(?:ist|isch|sind|hat|hät|haben|kann|muss)(?=\s+\p{L})|fehlt|fehlen|klappt|passt|verschiebt|verzögert|verzoegert|dauert|läuft|laeuft|geht|kommt|hängt|haengt|brennt|reicht|streikt|fällt|faellt))\b[^.!?;]*|(?:[,;.!:()–—-]+\s*|\s+)(?:lasst?\s+uns|lassen\s+wir|\p{L}+en\s+wir|(?<!\b(?:das|die|der|den|dem|welche\w*|wo|wann|wenn|ob|falls|können|koennen|sollen|müssen|muessen)\s+)wir\s+(?!(?:heute|morgen|übermorgen|am|um|im|nächste\w*|diese\w*|ihn|sie|es|das|den|die)\b)\p{L}+en|mir\s+(?:mached|machet|lueged|lueged|verschiebed|nämed|nehmed|händ|hend|chönd|sind|gsehnd))\b[^.!?;]*|[,;.!:()–—-]+\s*(?:(?:sorry|leider|tut\s+mir\s+leid|entschuldigung)\s*[,!-]?\s*)?(?:bin|ich\s+bin|ich\s+habe|ich\s+hab|ich\s+kann|kann\s+ich|ich\s+schaff\w*|hab|habe|ha(?=\s+\p{L})|han(?=\s+\p{L})|i\s+(?:bi|bin|ha|han|cha|chan|mues|muess)|bi(?=\s+\p{L})|mir\s+ist|krank|krankgeschrieben|urlaub|leider|muss|mein|meine|es\s+ist|etwas|was|wir|noch\s+nicht|das\s+ist|die\s+sind|niemand|keiner|zu\s+wenige?|zu\s+viele|keine?\s+(?!(?:nachricht|kommentar|serie|ahnung)\b)[a-zäöüß]{3,})\b[^.!?;]*|(?:[,;]\s*(?=\S)(?:(?=(?:der|die|das)\s+(?!(?:heute|morgen|übermorgen|am|um|im|nächst\w*|dies\w*)\b)\p{L}+\s+(?:ist|sind|hat|haben|kann|können|muss|müssen|wird|werden|war|waren)\b)|(?=das\s+\p{L}+\s+(?:wir|ich)\b)|(?!(?:(?:in|an|bei|mit|zu|von|für|auf|nach|vor)\s+)?(?:der|die|das|den|dem|denen|welche\w*|wo)\b))|(?:[.!?–—]+|\s-+)\s*)(?![^.!?;]*\d)(?=[^.!?;,]*\b(?:ist|sind|war|waren|hat|haben|wird|werden|kann|können|muss|müssen|soll|sollte|sollen|gibt|fehlt|fehlen|klappt|passt|wir|ich|isch|hät|het|händ|hend|cha|chan|mached|machet|\p{L}+t\s+sich|verschiebt|verzögert|verzoegert|dauert|läuft|laeuft|geht|kommt|hängt|haengt|brennt|reicht|braucht|klemmt|streikt|steht|liegt|fällt|faellt)\b)[^.!?;]*|(?:[,;]|\s[-–—]+)\s*(?:(?:ein|eine|einen|der|die|das|dringende[rsn]?|kurzfristige[rsn]?)\s+)?[\p{L}]*(?:notfall|notfälle|eskalation|störung|ausfall|krankheit|beerdigung|streik|arzttermin|flug|operation)\b[^.!?;]*$/u,
  messages: [
    /[,;]?\s*\b(?:und\s+)?(?:sag|sage|schreib|schreibe|teil|teile|richte|gib|informier|informiere)\w*\s+(?:ihnen|ihr|ihm|allen|euch|den\s+(?:anderen|teilnehmern|teilnehmenden|leuten|kollegen|kolleginnen)|dem\s+team|bescheid)\b\s*(?:mit|aus|bescheid)?\s*[:,-]?\s*(?:dass\s+)?/,
    /[,;]?\s*\b(?:und\s+)?mit\s+(?:der\s+|einer\s+|dem\s+|folgender\s+|folgendem\s+)?(?:nachricht|notiz|bemerkung|kommentar|info|hinweis|text|begründung|begruendung)\b\s*[:,-]?\s*/,
    // "Nachricht: …", "Nachricht an alle: …", "Hinweis an Hans: …".
    /[,;]?\s*\b(?:nachricht|notiz|kommentar|hinweis|text|begründung|begruendung|grund)\s*(?:(?:an|für)\s+(?:die\s+)?[\p{L}'-]+)?\s*[:=]\s*/u,
    // "… und Hans schreiben, dass …", "… und allen Bescheid sagen: …": the verb last, as German puts it after "und".
    /[,;]?\s*\bund\s+(?:(?:ihnen|ihm|ihr|allen|euch|dem\s+team|den\s+anderen|\p{L}[\p{L}'-]*)\s+)?(?:bescheid\s+)?(?:schreiben|sagen|mitteilen|ausrichten|geben)\s*[:,-]?\s*(?:dass\s+)?/u,
    /[,;]?\s*\b(?:und\s+)?(?:sag|sage|schreib|schreibe)\s*[:,]?\s*(?=["“”„'‘])/,
    // "…, sag Sven, dass wir verschieben", "… und schreib Ali: …": a person named, then a mark of the message (not "sag jetzt ab").
    /(?:[,;]\s*|\s+und\s+)(?:sag|sage|schreib|schreibe|teil|teile)\s+(?!(?:ab|das|die|den|der|dem|ein\w*|mein\w*|bitte|mir|uns|es|am|um|im|heute|morgen)\b)\p{L}[\p{L}'-]*(?=\s*(?:bescheid\b|[:,-]|dass\b))\s*(?:bescheid\s*)?(?:mit\s*)?[:,-]?\s*(?:dass\s+)?/u,
  ],
  softWords: new Set([
    // "Sitzung" is also a word of titles ("Sitzung Geschäftsleitung"): it names one when it matches exactly, and sinks none;
    // its plural too ("alle Sitzungen am 3.12." is every meeting that day).
    'sitzung',
    'sitzungen',
    ...deu.filter((word) => !['kurz', 'ende', 'zeit', 'tag', 'lang', 'neu', 'neue', 'gross', 'groß', 'klein'].includes(word)),
    'ne',
    'nen',
    'okay',
    'ok',
    'call',
    'calls',
  ]),
  // "den Jour fixe komplett streichen": the series, when no bulk or day is said ("morgen komplett freiräumen" clears the day).
  series: new RegExp(
    `${SERIES.source}|\\b(?:komplett|vollständig|vollstaendig|endgültig|endgueltig|ganz\\s+und\\s+gar)\\b(?<!\\b${NOT_ONE}\\b.*)(?!.*\\b${NOT_ONE}\\b)`,
    'u',
  ),
  // Not "morgen": one slip from "Morgan", a name.
  dayWords: [...Object.keys(WEEKDAYS), 'übermorgen', 'nächste', 'nächsten', 'absagen', 'streichen', 'stornieren'],
  weekdays: WEEKDAYS,
  months: MONTHS,
  // "am 14.", "Dienstag, den 7.", "am 7.4.", and a bare "7.4." (day and month say it is a date).
  dayOfMonth: new RegExp(
    `(?:\\b(?=\\d{1,2}\\.\\d{1,2}\\.)|\\b(?:am|an\\s+dem|dem|den|zum|bis\\s+zum)\\s+(?:${WEEKDAY}\\s*,?\\s+(?:(?:den|dem)\\s+)?)?|\\b(?<weekdayOnly>${Object.keys(WEEKDAYS).join('|')})\\s*,?\\s+(?:(?:den|dem)\\s+)?)(?<day>3[01]|[12]\\d|0?[1-9])\\.(?:(?<monthNumber>1[0-2]|0?[1-9])(?:\\.(?:(?<year>(?:20)?\\d{2})(?!\\d))?|(?![\\d.:]))|(?!\\d))(?:\\s*(?<month>${MONTH})\\b)?`,
  ),
  weekRelative: [
    { pattern: new RegExp(`\\b(?:am\\s+)?${WEEKDAY}\\s+(?:in\\s+der\\s+)?${NEXT}\\s+woche\\b`), weeks: 1 },
    { pattern: new RegExp(`\\b${NEXT}\\s+woche(?:\\s*,)?\\s+(?:am\\s+)?${WEEKDAY}\\b`), weeks: 1 },
    { pattern: new RegExp(`\\b(?:am\\s+)?${WEEKDAY}\\s+(?:in\\s+der\\s+)?übernächste[nr]?\\s+woche\\b`), weeks: 2 },
    // "übernächsten Montag": the week after the one "nächsten Montag" names.
    { pattern: new RegExp(`\\b(?:am\\s+)?übernächste[nrms]?\\s+${WEEKDAY}\\b`), weeks: 1, fromComing: true, afterToday: true },
    { pattern: new RegExp(`\\bübernächste[nr]?\\s+woche(?:\\s*,)?\\s+(?:am\\s+)?${WEEKDAY}\\b`), weeks: 2 },
    { pattern: new RegExp(`\\b(?:am\\s+)?${WEEKDAY}\\s+(?:in\\s+)?(?:dieser|diese)\\s+woche\\b`), weeks: 0 },
    { pattern: new RegExp(`\\b(?:diese|dieser)\\s+woche(?:\\s*,)?\\s+(?:am\\s+)?${WEEKDAY}\\b`), weeks: 0 },
    { pattern: new RegExp(`\\b(?:am\\s+)?${WEEKDAY}\\s+in\\s+(?:einer|1|acht\\s+tagen)\\s*(?:woche)?\\b`), weeks: 1, fromComing: true },
  ],
  yes: /^(?:ja|jo|jep|jup|japp|genau|klar|sicher|ok|okay|passt|richtig|gerne|gern|gärn|jo gärn|ja gärn|ja bitte|bitte|mach(?:'s| das| es)?|los|bestätigen|bestaetigen|bestätige|yes|einverstanden|stimmt|jawohl)\s*[.!]*$/,
  more: /^(?:(?:zeig|zeige|zeigen)\s+(?:mir\s+)?)?(?:noch\s+)?(?:die\s+)?(?:mehr|weitere|weiter|nächste\s+seite|naechste\s+seite|nächsten\s+(?:fünf|5)|restlichen|den\s+rest|weitere\s+(?:termine|besprechungen|meetings))(?:\s+bitte)?\s*[.!?]*$/,
  butNot:
    /^(?:aber\s+|nur\s+)?(?:nicht|außer|ausser|bis\s+auf|ohne|behalte|behalt|lass|lasse)\s+(?<what>\S.*?)(?:\s+(?:stehen|drin|weg|bestehen))?$/,
  hold: /^(?:warte|wart mal|moment(?:\s+mal)?|einen moment|noch nicht|doch nicht|lieber doch nicht|nein doch nicht)$/,
  additive: /\b(?:auch|ebenfalls|außerdem|ausserdem|dazu)\b/,
  addition: /^(?:und|sowie|plus|außerdem|ausserdem|auch)\b/,
  it: /\b(?:ihn|es|den\s+(?:da|hier)|das\s+(?:da|hier)|diese[ns]?|dieses)\b/,
  theirs: /\b(?:sein|seine[nmrs]?|ihre[nmrs]?)\b|(?<!\b(?:mit|für|fuer|von|bei|zu|an|auf|gegen|ohne)\s+)\bihr\b(?=\s+\S)/,
  apologyFor:
    /^(?:(?:es\s+)?tut\s+(?:mir|uns)\s+(?:(?:sehr|echt|wirklich|total)\s+)?leid|sorry|entschuldig(?:ung|t|e)|ich\s+entschuldige\s+mich)[\s,]+(?:nochmal[\s,]+)?(?:dass|für|fuer|wegen)\b/,
  ofSelf: /^(?:ich|ich's|wir|mir|uns|mein\w*|unser\w*|sorry|leider|entschuldigung|tut mir leid)\b/,
  news: /\b(?:verschieb\w*|verschoben|verleg\w*|vertag\w*|(?:bin|sind|ist)\b.*\b(?:krank\w*|weg|verhindert|unterwegs|im\s+urlaub|nicht\s+da)|krank\w*|erkältet|erkaeltet|urlaub|verhindert|bis\s+(?:bald|dann|später|spaeter)|wir\s+sehen\s+uns|holen\s+(?:wir\s+)?(?:das\s+)?nach)\b/,
  pointer: /^(?:der|den|dem|die)\b|\b(?:der|den|die|das)\s+(?:am|um|vom|von|ab)\b/,
  hesitation: /^(?:(?:eigentlich|ach|äh+m*|hm+|doch|also)\s+)+/,
  assent: new Set(
    "ja jo jep genau klar sicher ok okay passt so bitte mach machs mach's machen das es ihn den die diesen dieses diese termin meeting besprechung alle alles gerne gern los danke dankeschön dir euch vielen dank super perfekt richtig gut einfach jetzt sofort schon dann in ordnung nur eine einen eines mal einmal und ab".split(
      ' ',
    ),
  ),
  no: /^(?:nein|nee|ne|nö|noe|no|nicht|lieber nicht|doch nicht|abbrechen|abbruch|stopp|stop|vergiss es|nein danke|halt|behalten|behalte (?:ihn|sie|es|den termin|das meeting)|nei|nei danke|nöd|nid|nöd absäge|nöd absagen)\s*[.!]*$/,
  withdrawn:
    /\b(?:vergiss (?:es|das)|ignorier\w* (?:das|es))\b|^\s*(?:ach\s+)?schon gut\b|\blass (?:mal|es)(?: gut sein)?(?=\s*(?:[,.!;]|$))|\bdoch nicht(?:\s+(?:absagen|streichen|canceln|ablehnen))?\s*[.!]*\s*$|\b(?:nicht|nichts|nix)\s+(?:mehr\s+)?(?:absagen|abzusagen|streichen|löschen|loeschen|canceln|stornieren|ablehnen|entfernen)\b|\b(?:sag|lehn)\w*\b.*\bnicht\s+ab\b/,
  duration:
    /(?<!\b(?:um|ab|bis|von|gegen|vor|nach|seit|in)\s+)\b(?<amount>\d{1,3}(?:[.,]5)?|ein|zwei|drei|vier|fünf|halb|anderthalb|eineinhalb)\s*-?\s*(?<unit>h|std\.?|stunden?|stündig\w*|stuendig\w*|min\.?|minuten|minütig\w*|minuetig\w*)(?![\p{L}\p{N}])(?:\s*(?<minutes>\d{1,2})\s*(?:min\.?|minuten)(?![\p{L}\p{N}]))?/u,
  minuteUnit: /^m/,
  inMonth: new RegExp(`\\b(?:im|für\\s+den|fuer\\s+den|den\\s+ganzen)\\s+(?:monat\\s+)?(?<month>${MONTH})\\b(?!\\s*\\d)`),
  settledWith:
    /[,;]?\s*(?:und\s+)?(?:ich\s+)?(?:kläre|klär|klaere|regle|regel|bespreche|besprech|kläre\s+ich|regle\s+ich)\s+(?:das|es|ich)?\s*(?:(?:selbst|selber)\s+)?mit\s+[\p{L}'-]+(?:\s+(?:selbst|selber|ab))?/u,
  except: /[,;]?\s*\b(?:au(?:ß|ss)er|bis\s+auf|(?:aber\s+)?nur\s+nicht|ausgenommen|abgesehen\s+von)\s+(?<what>\S.*)$/,
  notARequest: new RegExp(
    [
      // Jemand anderes tut es: "Omar sagt das 1:1 selbst ab", "Anna wird das Standup absagen".
      '(?<=\\p{L}\\s+)(?<!\\b(?:ich|wir|du|bitte)\\s+)(?:sagt|streicht|cancelt)\\b[^,.;]*\\b(?:selbst|selber)\\b',
      '(?<=\\p{L}\\s+)(?<!\\b(?:ich|wir|du|bitte)\\s+)wird\\b[^,.;]*\\b(?:absagen|streichen|canceln)\\b',
      // Rat und Gedankenspiele: "soll ich … absagen?", "was passiert, wenn …", "warum hast du … abgesagt?".
      '^[\\s,]*(?:(?:also|hm+|ok|okay|na|ähm|äh|ehrlich|sag\\s+mal|kurze\\s+frage)[\\s,]+)*(?:soll|sollte|sollen|sollten|muss|müssen|muesste|müsste|darf)\\s+(?:ich|wir)\\b',
      '\\bwas\\s+(?:passiert|wäre|waere|ist),?\\s+(?:wenn|falls)\\b',
      '\\b(?:warum|wieso|weshalb)\\b(?!\\s+nicht\\b)',
      '\\b(?:was\\s+meinst\\s+du|meinst\\s+du|was\\s+denkst\\s+du)\\b',
      // "falls es regnet, sage ich … ab": ein Vorhaben, kein Auftrag.
      '^\\s*(?:falls|wenn)\\b[^,]*,\\s*(?:\\p{L}+\\s+)?(?:ich|wir)\\b',
    ].join('|'),
    'u',
  ),
  reported: new RegExp(
    [
      // Getan oder berichtet: "hab ich schon abgesagt", "Petra hat die Teamrunde abgesagt", "wurde … abgesagt?", "… ist abgesagt".
      '\\b(?:hab|habe|hast|hat|haben|habt|hatte|hatten|ist|sind|war|waren|wurde|wurden|worden)\\b(?:(?!\\b(?:werden|lassen)\\b).)*\\b(?:abgesagt|gestrichen|abgelehnt|gecancelt|gecancelled|storniert)\\b(?!\\s+(?:werden|lassen|haben)\\b)',
    ].join('|'),
    'u',
  ),
  noMessage:
    /[,;:–—-]*\s*\b(?:ohne\s+(?:eine\s+|jede\s+|irgendeine\s+)?(?:nachricht|kommentar|begründung|begruendung|text|hinweis|notiz|info|mitteilung)|keine\s+(?:nachricht|begründung|begruendung|notiz|mitteilung|kommentar)(?:\s+(?:nötig|noetig|nötig|schicken|senden|bitte|mitschicken))?|(?:die\s+)?(?:nachricht|notiz|kommentar)\s+leer(?:\s+lassen)?|(?:und\s+)?niemandem\s+(?:was|etwas)\s+sagen|still\s+und\s+leise|kommentarlos)\b/,
  notThis: /[,;]?\s*\b(?:aber\s+)?nicht\s+(?:der|die|das|den|dem)\s+(?:erst|zweit|dritt|viert|fünft|letzt|mittler)(?:e|en|er|es|em)?\b/,
  neighbour:
    /\b(?:(?:direkt|gleich|kurz|unmittelbar)\s+)?(?<side>nach|vor)\s+(?:dem|der|meinem|meiner|unserem|unserer)\s+(?<anchor>[\p{L}\p{N}'&-]+(?:\s+(?!(?:heute|morgen|übermorgen|am|um|diese|nächste|im)\b)[\p{L}\p{N}'&-]+){0,2})/u,
  afterWord: /^nach$/,
  lunch: /^(?:mittagspause|mittag|mittagessen|pause)$/,
  counts: [
    { pattern: /\b(?:die\s+)?ersten\s+(?<n>beiden|zwei|drei|2|3)\b/, from: 'first' },
    { pattern: /\b(?:die\s+)?letzten\s+(?<n>beiden|zwei|drei|2|3)\b/, from: 'last' },
    { pattern: /\b(?:die\s+|meine\s+)?(?:nächsten|naechsten|kommenden)\s+(?<n>beiden|zwei|drei|2|3)\b/, from: 'next' },
    { pattern: /\b(?:alle\s+)?beide[ns]?\b/ },
  ],
  numbers: { beiden: 2, zwei: 2, drei: 3, '2': 2, '3': 3 },
  correction: /^(?:nein|nee|ne|nö|noe|nicht (?:den|die|das)|eigentlich)\b[\s,.;!-]*/,
  intents: [
    { intent: 'signOut', pattern: /\b(?:abmelden|melde mich ab|ausloggen|logg? mich aus|log ?out|sign ?out|abmeldung)\b/ },
    {
      intent: 'help',
      // Also a question about meetings in general ("wie sage ich ein Meeting ab?"): "ein Meeting", not "das Daily", and no day or time.
      pattern:
        /\b(?:hilfe|help|was kannst du|wie funktioniert|wie geht das|befehle|anleitung)\b|\bwie\s+(?:kann|sage|sag|lehne|lösche|loesche|storniere|streiche|mache|geht)\s+(?:ich|man)\b|\bkann (?:ich|man)\b(?!.*\b(?:heute|morgen|übermorgen|uebermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(?:diese|nächste|naechste)\s+woche|mittag|um\s+\d|\d{1,2}(?::\d{2})?\s*uhr)\b)(?=.*\bein(?:en|e)?\s+(?:termin|meeting|besprechung|serie|einladung)\b.*\?\s*$)|^\s*\?+\s*$/,
    },
    {
      intent: 'decline',
      pattern:
        /\b(?:ablehnen|ablehnst|lehne?\b(?=.*\bab\b)|nicht teilnehmen|teilnahme|nehme?\b(?=.*\bnicht\s+teil\b)|ohne mich|bin (?:ich )?raus|trag\w* mich\b(?=.*\baus\b)|decline|nimm\s+mich\b(?=.*\braus\b)|(?:will|möchte|moechte|muss|würde|wuerde)\b(?=.*\baus\s+(?:dem|der|den|diesem|dieser)\b.*\braus\b))\b/,
    },
    {
      intent: 'cancel',
      pattern:
        /\b(?:(?:stopp|beend)(?:e|en)?\b(?=\s+(?:das|den|die|mein\w*|unser\w*|alle)\b)|absagen|abzusagen|abgesagt|absage|absagst|absagt|stornierung|sag(?:e|t|en|st)?\b(?=.*\bab\b)|streich(?:e|en|t|st)?|stornier(?:e|en|t)?|lösch(?:e|en|t)?|loesch(?:e|en|t)?|entfern(?:e|en|t)?|cancel(?:n|e)?|canceln|ausfallen lassen|fallen lassen|fällt aus|faellt aus|entfällt|entfallen lassen|kipp(?:e|en)?|rausnehmen|nimm\b(?=.*\braus\b)|leer(?:e|en)?)\b/,
    },
    // Sagen, dass man nicht kommt, ist eine Absage der Teilnahme, außer es wird dazu abgesagt ("ich schaffe es nicht, bitte absagen").
    {
      intent: 'decline',
      pattern:
        /\b(?:bin\b(?=.*\bnicht\s+dabei\b)|(?:ich\s+)?schaff\w*\b(?=.*\bnicht\b)|kann\b(?=.*\bnicht\b)|komm\w*\b(?=.*\bnicht\b)|verpasse|fehle|nicht dabei)\b/,
    },
    {
      intent: 'list',
      pattern:
        /\b(?:zeig(?:e|en|t)?|anzeigen|prüf(?:e|en)?|schau|guck|öffne|liste|listen|auflisten|was (?:habe|hab|han|hani|hesch|hätt|steht|ist|gibt|liegt|läuft|laeuft)|was\s+(?:ich|i)\b(?=.*\b(?:habe|hab|han|hätt|hätte)\b)|welche|übersicht|uebersicht|kalender|tagesordnung|bin ich\b(?=.*\b(?:frei|beschäftigt|busy|verplant|ausgebucht|voll)\b)|(?:habe|hab) ich\b(?=.*\b(?:was|etwas|termine?|meetings?|zeit|frei|viel)\b)|gibt(?:'s| es)\b(?=.*\b(?:was|etwas|termine?|meetings?)\b)|wie (?:sieht|voll)|irgendwas|steht\b(?=.*\ban\b))\b/,
    },
    { intent: 'list', pattern: /^\s*(?:meine\s+)?(?:termine|besprechungen|meetings)\b(?!.*\b(?:ab|absagen)\b)/ },
    { intent: 'list', pattern: /^\s*(?:meine\s+)?(?:termine|besprechungen|meetings)\s*[?.!]*\s*$/ },
    // What the bot cannot do with a meeting ("die Retro auf Freitag verlegen"): never read as a pick of it.
    {
      intent: 'other',
      pattern:
        /\b(?:verschieb\w*|verschoben|verleg\w*|umplan\w*|umbuch\w*|buch(?:e|en)?|anleg\w*|erstell\w*|einlad\w*|vorzieh\w*|verlänger\w*|verkürz\w*|umbenenn\w*)\b/,
    },
  ],
  ordinals: [
    { pattern: new RegExp(`\\b(?:(?:der|die|das|den|dem)\\s+)?(?:erst${END}|1\\.)(?=\\s|$)`), value: 1 },
    { pattern: new RegExp(`\\b(?:(?:der|die|das|den|dem)\\s+)?(?:zweit${END}|2\\.)(?=\\s|$)`), value: 2 },
    { pattern: new RegExp(`\\b(?:(?:der|die|das|den|dem)\\s+)?(?:dritt${END}|3\\.)(?=\\s|$)`), value: 3 },
    { pattern: new RegExp(`\\b(?:(?:der|die|das|den|dem)\\s+)?(?:viert${END}|4\\.)(?=\\s|$)`), value: 4 },
    { pattern: new RegExp(`\\b(?:(?:der|die|das|den|dem)\\s+)?(?:fünft${END}|fuenft${END}|5\\.)(?=\\s|$)`), value: 5 },
    // Rows of a later page, counted over the pages shown; a digit only after an article ("die 7."): "um 10." is a time.
    { pattern: new RegExp(`\\b(?:(?:der|die|das|den|dem)\\s+)?sechst${END}(?=\\s|$)|\\b(?:der|die|das|dem)\\s+6\\.(?=\\s|$)`), value: 6 },
    {
      pattern: new RegExp(`\\b(?:(?:der|die|das|den|dem)\\s+)?sieb(?:en)?t${END}(?=\\s|$)|\\b(?:der|die|das|dem)\\s+7\\.(?=\\s|$)`),
      value: 7,
    },
    { pattern: /\b(?:(?:der|die|das|den|dem)\s+)?acht(?:e|en|er|es|em)(?=\s|$)|\b(?:der|die|das|dem)\s+8\.(?=\s|$)/, value: 8 },
    { pattern: new RegExp(`\\b(?:(?:der|die|das|den|dem)\\s+)?neunt${END}(?=\\s|$)|\\b(?:der|die|das|dem)\\s+9\\.(?=\\s|$)`), value: 9 },
    { pattern: new RegExp(`\\b(?:(?:der|die|das|den|dem)\\s+)?zehnt${END}(?=\\s|$)|\\b(?:der|die|das|dem)\\s+10\\.(?=\\s|$)`), value: 10 },
    { pattern: new RegExp(`\\b(?:der|die|das|den|dem)\\s+letzt${END}\\b(?!\\s+${NOUN})|^\\s*letzt${END}\\s*$`), value: -1 },
    { pattern: new RegExp(`\\b(?:der|die|das|den|dem)\\s+mittler${END}\\b|^\\s*mittler${END}\\s*$`), value: MIDDLE },
    { pattern: /(?:\b(?:nummer|nr\.?|option)|#)\s*([1-9]|10)\b|^\s*([1-9])\s*[.!]*$/, value: 'digit' },
  ],
  // "aktuell" und "gerade" sind hier weder Titel noch Uhrzeit.
  // "ab jetzt", "bis jetzt", "von jetzt an": kein Moment zum Handeln (filler).
  now: /\b(?<filler>(?:ab|bis|von)\s+)?(?:(?:gleich|sofort)\s+)?(?:jetzt(?:\s+(?:gleich|sofort))?(?:\s+an)?|sofort)\b/,
  underway:
    /\b(?:gerade\s+|jetzt\s+)?(?:laufende[nmrs]?|aktuelle[nmrs]?|jetzige[nmrs]?|derzeitige[nmrs]?|momentane[nmrs]?)\s+(?:meeting|termin|besprechung|call|telefonat|sitzung|runde)\b|\b(?:in\s+(?:dem|der)|wo)\s+ich\s+(?:gerade|jetzt|grad|grade|momentan)\s+(?:drin\s+)?(?:bin|sitze|stecke|hänge|haenge)\b|\b(?:das|der|die)\s+(?:gerade|jetzt|grad|grade|momentan)\s+läuft\b/,
  positions: [
    // "mein vorletzter Termin heute": der vor dem letzten.
    { pattern: new RegExp(`\\bvorletzt${END}\\b(?!\\s+${NOT_A_MEETING})(?:\\s+${NOUN}\\b)?`), value: 'last', skip: 1 },
    // "mein übernächster Termin": der nach dem nächsten ("übernächste Woche" ist ein Datum, schon gelesen).
    {
      pattern: new RegExp(`\\b(?:übernächst|uebernächst|uebernaechst)${END}\\b(?!\\s+${NOT_A_MEETING})(?:\\s+${NOUN}\\b)?`),
      value: 'next',
      skip: 1,
    },
    // "nächstes Standup" is a position; "nächste Woche", "nächsten Montag" are dates and stay for chrono.
    { pattern: new RegExp(`\\b(?:nächst|naechst)${END}\\b(?!\\s+${NOT_A_MEETING})(?:\\s+${NOUN}\\b)?`), value: 'next' },
    { pattern: new RegExp(`\\bletzt${END}\\b(?!\\s+${NOT_A_MEETING})(?:\\s+${NOUN}\\b)?`), value: 'last' },

    // Von den Terminen, um die es geht: "den späteren", "der frühere"; mit einer Liste "der danach", "der davor".
    // (ofTwo: ohne genannten Termin davor vergleicht es zwei Zeilen; unter mehr nennt es keine.)
    { pattern: /\b(?:der|die|das|den)\s+(?:danach|dahinter)\b(?!\s+\S)/, value: 'last', comparative: true, ofTwo: true },
    { pattern: /\b(?:der|die|das|den)\s+davor\b(?!\s+\S)/, value: 'next', comparative: true, ofTwo: true },
    {
      pattern: new RegExp(`\\b(?:der|die|das|den|dem)\\s+(?:später|spaeter|spätest|spaetest)${END}\\b(?:\\s+${NOUN}\\b)?`),
      value: 'last',
      comparative: true,
    },
    {
      pattern: new RegExp(`\\b(?:der|die|das|den|dem)\\s+(?:früher|frueher|frühest|fruehest)${END}\\b(?:\\s+${NOUN}\\b)?`),
      value: 'next',
      comparative: true,
    },
  ],
  reference:
    /\b(?:der|die|das|den|dem)\s+(?:von|um|mit|am)\b|\bdie(?:se|sen|ses)?\s+(?:hier|da)\b|\b(?:der|die|das|den|dem)\s+ander(?:e|en|er|es|em)\b/,
  all: /\b(?:alle|allen|aller|alles|sämtliche|saemtliche|ganzen?|komplett|leere|leeren)\b/,
  // "meine Termine morgen", "die Besprechungen am Freitag", "meine Meetings" (das Meeting, die Meetings): mehrere.
  someOf:
    /\b(?:eine[nsmr]?|eins|einige[nrs]?|manche[nrs]?|ein\s+paar|welche[nrs]?|irgendeine[nsmr]?)\s+(?:meiner|unserer|deiner|der|von)\b|\b(?:oder|nur)\s+eine[nsmr]?\b/,
  meetingsPlural: /\b(?:termine|besprechungen|sitzungen|calls|(?:meine|die|deine|unsere|diese)\s+meetings)\b/,
  weeks: [
    { pattern: /\b(?:in\s+der\s+)?(?:übernächste[nr]?|uebernächste[nr]?|uebernaechste[nr]?)\s+woche\b/, offset: 2 },
    {
      pattern: /\b(?:(?:am|an|das)\s+)?(?:nächste[ns]?|naechste[ns]?)\s+wochenende\b/,
      offset: 1,
      weekend: true,
    },
    // "kommendes Wochenende" is the coming one, as "this weekend".
    {
      pattern: /\b(?:(?:am|an)\s+kommenden|kommendes|am|übers|uebers|über das|ueber das|dieses|an diesem|mein|meinem)\s+wochenende\b/,
      offset: 0,
      weekend: true,
    },
    { pattern: /\b(?:diese|dieser|in dieser|restliche|rest der|mein|meine|meiner)\s+woche\b/, offset: 0, restOfWeek: true },
    { pattern: /\b(?:nächste|naechste|nächsten|naechsten|kommende|kommenden)\s+woche\b/, offset: 1 },
  ],
  dayParts: [
    { name: 'morning', pattern: /\bheute\s+(?:morgen|früh|frueh|vormittag)\b/, from: 0, to: 12, today: true, chronoDay: 'heute' },
    { name: 'afternoon', pattern: /\bheute\s+nachmittag\b/, from: 12, to: 17, today: true, chronoDay: 'heute' },
    { name: 'evening', pattern: /\bheute\s+abend\b/, from: 17, to: 24, today: true, chronoDay: 'heute' },
    // The night runs into the small hours of the next day (a release window at 00:30).
    { name: 'evening', pattern: /\bheute\s+nacht\b/, from: 17, to: 30, today: true, chronoDay: 'heute' },
    {
      name: 'afternoon',
      pattern: /\b(?:(?:zum|am|gegen)\s+)?(?:feierabend|tagesende|ende\s+des\s+tages|späten?\s+nachmittag|spaeten?\s+nachmittag)\b/,
      from: 15,
      to: 24,
    },
    { name: 'morning', pattern: /\b(?:gleich|früh|frueh|ganz\s+früh)\s+morgens\b|\bals\s+erstes\b|\bfrühmorgens\b/, from: 0, to: 11 },
    { name: 'afternoon', pattern: /\b(?:mittagszeit|über\s+mittag|ueber\s+mittag|in\s+der\s+mittagspause)\b/, from: 11, to: 14 },
    // Of several meetings ("alle Termine nach dem Mittagessen"): the afternoon once lunch is over; of one, the meeting after it (see neighbour).
    { name: 'afternoon', pattern: /\bnach\s+(?:dem\s+|der\s+)?(?:mittagessen|mittag|mittagspause)\b/, from: 13, to: 17 },
    { name: 'morning', pattern: /\b(?:früh|frueh|vormittags?|morgens)\b/, from: 0, to: 12 },
    { name: 'afternoon', pattern: /\bnachmittags?\b/, from: 12, to: 17 },
    { name: 'evening', pattern: /\b(?:abends?)\b/, from: 17, to: 24 },
  ],
  clockRanges: [
    new RegExp(`\\b(?:zwischen|von)\\s+(?<from>${CLOCK})\\s*(?:und|bis|-|–)\\s*(?<to>${CLOCK})`),
    new RegExp(`\\b(?:nach|später als|spaeter als)\\s+(?<from>${CLOCK})`),
    // "ab" is also the particle of "absagen" ("sag den Call ab 2 Teilnehmer sind krank"): a time after it says it is one.
    new RegExp(`\\bab\\s+(?<from>${CLOCK_SAID})`),
    new RegExp(`\\b(?:vor|bis|früher als|frueher als)\\s+(?<to>${CLOCK})`),
  ],
  nextWeekday: /\b(?:nächst|naechst|kommend)\w*\s+(?:mo|di|mi|do|fr|sa|so)/,
  apology: /^\W*(?:sorry|sorri|tut\s+mir\s+leid|entschuldigung|sorry\s+nochmal)\W*$/,
  untilDay: /\bbis\s+(?:(?:einschließlich|einschliesslich|inklusive|inkl\.?|und\s+mit)\s+)?(?:zum\s+)?$/,
  attendee:
    /\bmit\s+((?:[\p{L}'.-]+)(?:\s+(?!(?:um|am|an|im|in|für|heute|morgen|übermorgen|nächste\w*|ab|zu)\b)(?:und\s+)?[\p{L}'.-]+){0,3})/u,
  calendars: [
    // "Alex' Termine", "Klaus' Townhall", "Alex's Kalender".
    {
      early: true,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}'"])(?<name>${NAME})(?:'s|(?<=[sxzß])')(?=[\\s,.;:!?]|$)(?:\\s+(?<noun>kalender|terminkalender)\\b)?`,
        'dg',
      ),
    },
    // "Adeles Termin", "Annas Meeting": a name with the genitive s before what is hers (the noun stays to be read).
    {
      early: true,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}'"])(?<name>\\p{L}[\\p{L}\\p{N}&-]*[^\\s\\p{P}s])s(?=\\s+(?:termine?|meetings?|besprechung|treffen|sitzung|call)\\b)`,
        'dg',
      ),
    },
    // "ist Alex morgen frei", "hat Alex morgen Zeit", "was hat Alex am Freitag": a look at Alex's calendar.
    {
      early: true,
      pattern: new RegExp(
        `\\b(?:ist|hat)\\s+(?<name>${NAME}(?:\\s+${NAME})?)(?=(?:\\s+\\S+){0,3}?\\s+(?:frei|zeit|beschäftigt|verfügbar|termine?|meetings?|besprechungen|was|etwas|irgendwas)\\b)`,
        'dg',
      ),
    },
    { early: true, pattern: new RegExp(`\\bwas\\s+hat\\s+(?<name>${NAME}(?:\\s+${NAME})?)`, 'dg') },
    { early: true, pattern: new RegExp(`\\b(?:termine|meetings|besprechungen)\\s+hat\\s+(?<name>${NAME}(?:\\s+${NAME})?)`, 'dg') },
    // "Termine für Alex".
    { early: true, pattern: new RegExp(`\\b(?:termine|meetings|besprechungen)\\s+(?:für|fuer)\\s+(?<name>${NAME}(?:\\s+${NAME})?)`, 'dg') },
    // "lehn das All hands für Alex ab", "sag es im Namen von Alex ab": a delegate acting in Alex's calendar. ("für" only with
    // a decline verb: "sag das Abschiedsessen für Alex ab" may be a title.)
    // The name ends the request (or its clause, or "ab" does), or a day or time follows it ("für Grace morgen").
    { early: true, pattern: new RegExp(`\\s+im\\s+namen\\s+von\\s+(?<name>${NAME})(?=${WHEN_OR_END})`, 'dg') },
    {
      early: true,
      pattern: new RegExp(`(?<=\\b(?:lehn\\w*|ablehn\\w*)\\b.*)\\s+(?:für|fuer)\\s+(?<name>${NAME})(?=${WHEN_OR_END})`, 'dg'),
    },
    { early: true, pattern: new RegExp(`\\s+(?:für|fuer)\\s+(?<name>${NAME})(?=(?:\\s+${WHEN_WORD})*\\s+ablehn\\w*\\b)`, 'dg') },
    // "im Kalender der Gruppe Marketing".
    { early: true, pattern: new RegExp(`\\b(?<noun>kalender)\\s+(?:der|des)\\s+(?:gruppe|teams?)\\s+(?<name>${NAME})`, 'dg') },
    // "der Marketing-Gruppe", "die Gruppe Marketing".
    { early: true, pattern: new RegExp(`(?<!')\\b(?<name>\\p{L}[\\p{L}\\p{N}&]*?)(?:\\s*-\\s*|\\s+)gruppe\\b`, 'dg') },
    { early: true, pattern: new RegExp(`\\bgruppe\\s+(?<name>${NAME})`, 'dg') },
    // "in Alex seinem Kalender", "im Patti ihrem Kalender" (spoken German for Alex's calendar).
    {
      early: true,
      pattern: new RegExp(`\\b(?<name>${NAME})\\s+(?:sein|ihr)(?:em|en|er|e)?\\s+(?<noun>kalender|terminkalender)\\b`, 'dg'),
    },
    // "sag Alex sein 1:1 ab", "Patti ihre Teamrunde": spoken German for Alex's meeting (as "Alex' 1:1"), its calendar Alex's.
    {
      early: true,
      pattern: new RegExp(`(?<=\\b(?:sag|lehn)\\w*\\s+(?:\\S+\\s+){0,2}?)(?<name>${NAME})\\s+(?:sein|ihr)(?:en|e)?(?=\\s+\\S)`, 'dg'),
    },
    // "den Marketing-Kalender", "im Projects-Kalender", "Pattis Kalender", "Marketingkalender".
    { early: true, pattern: new RegExp(`(?<!')\\b(?<name>\\p{L}[\\p{L}\\p{N}&]*?)(?:\\s*-\\s*|\\s+)?(?<noun>kalender)\\b`, 'dg') },
    // "zeig den Kalender Marketing".
    { early: true, pattern: new RegExp(`\\b(?<noun>kalender)\\s+(?<name>${NAME})`, 'dg') },
    // "im Kalender von Alex", "die Termine von Alex Wilber", "die Townhall von Sabine": once times are cut ("von morgen").
    { pattern: new RegExp(`(?:\\b(?<noun>kalender)\\s+)?\\bvon\\s+(?<name>${NAME}(?:\\s+${NAME})?)`, 'dg') },
    // "was steht bei Alex morgen an": once times are cut.
    { pattern: new RegExp(`\\bbei\\s+(?<name>${NAME}(?:\\s+${NAME})?)`, 'dg') },
    // "Kampagnenplanung in Marketing absagen": at the end of what is left ("ab" aside).
    { pattern: new RegExp(`\\b(?:im|in)\\s+(?:(?:dem|der)\\s+)?(?<name>${NAME})(?:\\s+ab)?[\\s.!?]*$`, 'dg') },
  ],
  mine: 'mein',
  notCalendars: new Set([
    ...Object.keys(WEEKDAYS),
    ...Object.keys(MONTHS),
    ...['heute', 'morgen', 'übermorgen', 'uebermorgen', 'gestern', 'woche', 'wochenende', 'monat', 'jahr', 'tag', 'vormittag'],
    ...['nachmittag', 'abend', 'früh', 'frueh', 'mittag', 'kalender', 'terminkalender', 'gruppe', 'gruppen', 'geteilten'],
    // "im Büro", "in Teams": no calendar's name; "geht's", "klappt's": "es", not a possessive.
    ...['büro', 'buero', 'homeoffice', 'teams', 'zoom', 'outlook', 'person', 'präsenz', 'geht', 'klappt', 'passt', 'mach', 'lass'],
    ...['steht', 'sieht', 'wär', 'wäre', 'läuft', 'laeuft'],
    // "prüf den Kalender", "der Kalendereintrag", "Kalender nächste Woche": no calendar's name either.
    ...['prüf', 'prüfe', 'check', 'checke', 'öffne', 'schau', 'guck', 'ganzen', 'kompletten'],
    ...[
      'eintrag',
      'einträge',
      'eintraege',
      'einladung',
      'blocker',
      'nächste',
      'nächsten',
      'naechste',
      'naechsten',
      'kommende',
      'kommenden',
    ],
    ...['übernächste', 'übernächsten', 'letzte', 'letzten'],
  ]),
  capitalsAreNames: false,
  fillers: new Set([
    'ich',
    'möchte',
    'moechte',
    'will',
    'würde',
    'wuerde',
    'gern',
    'gerne',
    'bitte',
    'mal',
    'kannst',
    'du',
    'könntest',
    'mein',
    'meine',
    'meinen',
    'meinem',
    'meiner',
    'meines',
    'mir',
    'mich',
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'termin',
    'termine',
    'meeting',
    'meetings',
    'besprechung',
    // "das Gespräch mit Rainer": a meeting, as "Termin" is ("Feedbackgespräch" stays a title word).
    'gespräch',
    'gespraech',
    'besprechungen',
    'treffen',
    'um',
    'am',
    'an',
    'im',
    'in',
    'für',
    'fuer',
    'von',
    'vom',
    'zum',
    'zur',
    'und',
    'es',
    'ab',
    'heute',
    'hallo',
    'hi',
    'hey',
    'bot',
    'habe',
    'hab',
    'ist',
    'sind',
    'gibt',
    'dieser',
    'diese',
    'diesen',
    'dieses',
    'doch',
    'lieber',
    'stattdessen',
    'eigentlich',
    'also',
    'noch',
    'da',
    'hier',
    'welcher',
    'welchen',
    'kalender',
    'uhr',
    'bitte,',
    'nicht',
    'geplant',
    'anstehenden',
    'kommenden',
    'alle',
    'jetzt',
    'sag',
    'sage',
    // Honorifics: "mit Frau Weber" is Weber.
    'frau',
    'herr',
    'herrn',
    'dr',
    'prof',
    // Verbs of the request left behind by the intent ("ich bin beim … nicht dabei", "nehme … nicht teil").
    'bin',
    'beim',
    'bei',
    'dabei',
    'nehme',
    'nehmen',
    'teil',
    'schaffe',
    'schaff',
    'schaffs',
    "schaff's",
    'kann',
    'komme',
    'kommen',
    'leider',
    'aus',
    'raus',
    'wir',
    'uns',
    'unser',
    'unsere',
    'unseren',
    'ihnen',
    'ganze',
    'ganzen',
    'gesamte',
    'komplette',
    'serie',
    'reihe',
    'was',
    'etwas',
    'irgendwas',
    'frei',
    'zeit',
    'steht',
    'an',
    'los',
    'bis',
    'einen',
    'einem',
    'einer',
    'wäre',
    'waere',
    // "im Namen von Alex": "von Alex" names the calendar.
    'namen',
  ]),
  describe: {
    clock: (hour, minute) => (minute === 0 ? `um ${hour} Uhr` : `um ${hour}:${String(minute).padStart(2, '0')} Uhr`),
    today: 'heute',
    tomorrow: 'morgen',
    onDate: (date) => `am ${date.toLocaleString({ weekday: 'long', month: 'long', day: 'numeric' })}`,
    between: (from, to) => `zwischen ${from.toLocaleString(SHORT_DATE)} und ${to.toLocaleString(SHORT_DATE)}`,
    dayPart: (part, dayPhrase) => {
      const word = { morning: 'Vormittag', afternoon: 'Nachmittag', evening: 'Abend' }[part];
      return dayPhrase.startsWith('am ') ? `${dayPhrase}, ${word.toLowerCase()}s` : `${dayPhrase} ${word}`;
    },
    hours: (from, to) => {
      const at = (c: { hour: number; minute: number }): string =>
        c.minute ? `${c.hour}:${String(c.minute).padStart(2, '0')}` : `${c.hour}`;
      if (to.hour >= 24) return `nach ${at(from)} Uhr`;
      return from.hour === 0 && from.minute === 0 ? `vor ${at(to)} Uhr` : `zwischen ${at(from)} und ${at(to)} Uhr`;
    },
    titled: (title) => `namens „${title}“`,
    withPerson: (name) => `mit ${name}`,
    inCalendar: (name) => `im Kalender von ${name}`,
    next: 'als nächstes',
    underway: 'die gerade läuft',
    last: 'als letztes',
    beside: (side, anchor) => `${side === 'after' ? 'direkt nach' : 'direkt vor'} „${anchor}“`,
  },
});
