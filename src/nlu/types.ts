/** What the user asked for, as plain data. Public through ./index.ts. */
export type Intent = 'cancel' | 'list' | 'decline' | 'help' | 'signOut' | 'yes' | 'no' | 'select' | 'other';

/** Who is asking, where and when. timeZone is IANA ("Europe/Berlin"); now is the real instant. */
export interface UserContext {
  locale: string;
  timeZone: string;
  now: Date;
  /** The bot's last answer was a list to pick from: "the 2nd" is its second row, else the 2nd of the month. */
  listShown?: boolean;
}

/** The ordinal of "the middle one", "den mittleren". */
export const MIDDLE = 0;

/** The 0-based row of a list of `length` rows an ordinal picks; undefined when there is none (no middle of an even count). */
export function rowOf(ordinal: number, length: number): number | undefined {
  const row = ordinal === MIDDLE ? (length % 2 === 1 ? (length - 1) / 2 : -1) : ordinal < 0 ? length + ordinal : ordinal - 1;
  return row >= 0 && row < length ? row : undefined;
}

export interface MeetingRequest {
  intent: Intent;
  /** 'all' for bulk ("all my meetings tomorrow") and for listing. */
  scope: 'one' | 'all';
  /** "my next meeting", "my last meeting today". */
  position?: 'next' | 'last';
  /** "the one after" of the rows on screen, with no meeting named to be next to: it compares two; among more it picks none. */
  ofTwo?: boolean;
  /** How many to pass over from the position: 1 for "mein übernächster Termin", "the meeting after next". */
  skip?: number;
  /**
   * "my current meeting", "das laufende Meeting": the one under way now in the user's time (started, not
   * ended); none when nothing is, never a meeting called "current".
   */
  underway?: boolean;
  /** 1-based pick from a list the bot showed; "the last one" is -1, "the middle one" MIDDLE (see rowOf). */
  ordinal?: number;
  /**
   * How many meetings, from the ordinal's row or the position on: "the first two" (ordinal 1), "the last two"
   * (ordinal -2), "the next two standups" (position next), "both" (neither: all of them when there are two).
   */
  count?: number;
  /** "the one right after the standup" (side after, anchor "standup"), "den Termin vor der Teamrunde". */
  neighbour?: { side: 'after' | 'before'; anchor: string; lunch?: boolean };
  /** UTC ISO instants of the day, part of day or range asked for (end exclusive). */
  day?: { start: string; end: string };
  /** A part of the day with no day said, of a list on screen ("the morning one"): local hours, end exclusive (24+ is the next day). */
  hours?: { from: number; to: number };
  /** Local wall-clock time asked for, in the user's zone. */
  clock?: { hour: number; minute: number };
  /**
   * The clock was said with no am/pm and no part of the day ("my 2:30" is 14:30, "the deploy at 11" 11:00, "um halb eins"
   * 12:30): the same hour in the other half of the day fits too (02:30, 23:00, 00:30), after a meeting at the one read.
   */
  morningToo?: boolean;
  /** How long the meeting is said to be, in minutes ("the 2h workshop", "den 90 Min. Workshop"): ranks, never a time. */
  duration?: number;
  /** "cancel everything tomorrow except the 1:1", "alle außer dem Jour fixe": what to leave out of a bulk request. */
  except?: MeetingRequest;
  /**
   * "… except the workshop and the legal sync": each of several exceptions, left out when `except` read whole names
   * none of the meetings (it does name "lunch and learn").
   */
  exceptEach?: MeetingRequest[];
  /**
   * Exceptions said whose words name no meeting at all ("… except that one", "außer dem einen"; of several, those
   * parts), as read in lower case: nothing is left out for them, and the bulk card says so rather than drop them unsaid.
   */
  exceptUnnamed?: string[];
  /**
   * "cancel the standup and the budget check-in tomorrow", "das 1:1 mit Ali am Freitag und das mit Petra am Montag": each
   * meeting of several joined by "and"/"und", read on its own (a part may leave out what another says: the day, the title).
   * The calendar side reads them apart only when no one meeting fits all the words ("lunch and learn", "1:1 with Ana and
   * Luis" stay one) and each part names one meeting clearly; the request is then for all of them (a bulk).
   */
  each?: MeetingRequest[];
  /**
   * The plural that alone made the request for several meetings ("cancel the friday drinks", "my standups"): the
   * calendar side reads it as one meeting's name when the meetings it finds are called so ("Team drinks").
   */
  pluralWord?: string;
  /** Words meant to match the meeting's subject, lower case ("standup", "1:1"). */
  titleHint?: string;
  /**
   * Common words left in the request ("them", "quick", "bis"): they may name the meeting when they match it
   * exactly, and never sink it when they do not.
   */
  looseHint?: string;
  /**
   * Words naming whose or which calendar the meeting is in, lower case: a possessive or "von"
   * ("Alex's 3pm", "die Termine von Alex" → "alex"), or a calendar named ("the Marketing calendar",
   * "in Projects", "im Marketing-Kalender" → "marketing", "projects"). Absent for "my" and when no
   * calendar is named. The same name may also be a person in the meeting ("Alex's 3pm" can be a
   * meeting Alex organizes in my calendar): matching weighs both.
   */
  calendarHint?: string;
  /**
   * The calendar was named as a calendar ("in Alex's calendar", "im Kalender von Alex", "in Alex seinem Kalender"): the
   * meeting is in it, not one of mine Alex organizes.
   */
  calendarSaid?: true;
  /** Name of a person in the meeting ("anna", "thomas becker"). */
  attendeeHint?: string;
  /**
   * A weekday said on that weekday ("Thursday's standup" on a Thursday): today, or if nothing fits
   * today, the same weekday next week.
   */
  laterDay?: { start: string; end: string };
  /** "more", "nächste Seite": the next page of the list shown last (intent list). */
  more?: boolean;
  /** "the whole series", "die ganze Serie": the series, not one occurrence. */
  series?: boolean;
  /** A message for the attendees carried in the request ("… and tell them we'll catch up Friday"), as typed. */
  comment?: string;
  /**
   * A reason given with the request but not marked as a message ("cancel lunch and learn, sorry I'm sick", "sag das
   * Standup ab, bin krank"), as typed: offered as the message (prefilled on the confirm card) when no comment was typed.
   */
  reason?: string;
  /**
   * The last clause after a comma or a dash when no reason was found ("cancel the interview on wednesday - budget freeze",
   * "…, kenji's sick", "…, Grippewelle im Team"): `text` as typed, `words` the words of it the request's title, person and
   * calendar hints hold, `loose` those its looseHint holds. The calendar side reads it as the reason (those words out of
   * the hints) when one of `words` names nothing in view and the request names a meeting without them (calendar/candidates.ts
   * withReasonTail); else they stay words about which meeting ("…, vendor", "…, sondern das Daily").
   */
  reasonTail?: { text: string; words: string[]; loose?: string[] };
  /**
   * Means something else with a list on screen: "the 2nd" is a date only because no list was shown; "the
   * later one", "both", "the vendor one" are about the rows of that list.
   */
  dependsOnList?: boolean;
  /** "no, the other one", "nein, das andere": not the meeting just offered, another the bot considered. */
  other?: boolean;
  /**
   * "no, I meant Thursday", "ich meinte Omar's" as a turn of its own: the parts named replace those of the last request
   * (see corrected); the conversation knows what that was. 'ifOffered': "no, Omar's", "nein, morgen" with no "I meant":
   * a correction only right after a confirm card the last request went straight to, else read as it stands.
   */
  corrects?: boolean | 'ifOffered';
  /** "and the one after", "der davor": the meeting next to the one just discussed (the conversation knows which). */
  beside?: 'after' | 'before';
  /** "no, the one after": the card waiting was not meant (it ends when another follows). */
  instead?: true;
  /**
   * "yes, and cancel my 4pm too", "ja, und sag das Weekly auch ab": a request added to a yes; the card waiting is
   * confirmed first (as by a bare yes: never with these words as its message), then this request is answered.
   */
  afterYes?: true;
  /** "undo", "move my 1:1 to friday", "verschiebe das Daily": asked for what this bot does not do (it cancels, once). */
  cannot?: 'undo' | 'move';
  /** "and cancel X too", "und sag auch die Retro ab": wanted besides what was asked before (a card waiting stays wanted). */
  also?: true;
  /**
   * "his 3pm", "her standup", "seinen Termin um 15 Uhr": a third person's meeting with no name said: the calendar of the
   * person the card on screen is about (a delegate's boss), when it is a person's.
   */
  theirs?: true;
  /** "cancel it", "that one", "sag ihn ab": one meeting referred to by a pronoun (the card of one meeting on screen). */
  it?: true;
  /** Pack used: 'en' | 'de'. */
  language: string;
}
