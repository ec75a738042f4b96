import type { Candidate } from '../calendar';
import type { CalendarService, TimeWindow, Unreadable } from '../calendar/calendar-service';
import type { Meeting, MeetingCalendar } from '../calendar/meeting';
import type { MemoryAccess, TicketStore } from '../state';
import type { Dropped, Notice, Outcome, WaitingCard } from './outcomes';
import type { KnownCalendars } from './known-calendars';

/** The person in the 1:1 chat, in their language and zone. */
export interface FlowUser {
  /** Entra object id. */
  id: string;
  tenantId: string;
  conversationId: string;
  locale: string;
  /** IANA zone the user lives in (see resolveTimeZone). */
  timeZone: string;
}

export interface FlowSettings {
  horizonDays: number;
  pageSize: number;
  commentMaxLength: number;
}

/** Everything a flow step may touch; nothing else (no botbuilder, no environment, no clock reads). */
export interface FlowDeps {
  calendar: CalendarService;
  /** Forgets the user's tokens: the next request signs in again. */
  signOut: () => Promise<void>;
  tickets: TicketStore;
  /** The conversation's memory: in a turn, read once and written once at its end. */
  memory: MemoryAccess;
  /** The calendars each recent user may act on, kept by the process (see userCalendars). */
  knownCalendars: KnownCalendars;
  settings: FlowSettings;
  now: Date;
}

/**
 * What a list looked at, so its title says exactly that: the coming days, one day, or a range.
 * Dates are the user's local dates ("2026-12-05"), `last` inclusive.
 */
export type ListSpan = { kind: 'upcoming'; days: number } | { kind: 'day'; date: string } | { kind: 'days'; first: string; last: string };

/**
 * A page of meetings. `calendars`: the ones listed when not just the user's own; `others`: calendars
 * the user may switch to (a delegate's, a group's); `unreadable`: calendars that could not be read
 * this time, and why; `unknownCalendar`: the words of a calendar the user named that is none of
 * theirs ("Megan's", "in London"): this is their own list instead.
 */
export interface ListView {
  kind: 'list';
  meetings: Meeting[];
  page: number;
  hasMore: boolean;
  span: ListSpan;
  window?: TimeWindow;
  calendars?: MeetingCalendar[];
  others?: MeetingCalendar[];
  unreadable?: Unreadable[];
  unknownCalendar?: string;
  /** How many meetings of the span have begun (first page only): not listed, and the card says so. */
  begun?: number;
  replaces?: Replaces;
}

/**
 * A card that ended in this turn besides the view shown: replaced by a new one (see replacePending), or confirmed by a
 * yes the request came with ("yes, and cancel my 4pm too"). The bot shows `outcome` in it, in place.
 */
export interface Replaces {
  ticket: string;
  outcome: Outcome;
}

/**
 * On a confirm card: the request named a day on which nothing is called so ("the vendor call on Wednesday"), and this
 * meeting so called is on another day. `understood`: what was not found, as noMatch says it.
 */
export interface NotOnDay {
  understood: string;
  others?: boolean;
}

/** What the bot shows next, as plain data; bot/ renders it into cards and messages. */
export type View =
  | { kind: 'welcome' }
  | { kind: 'help'; notUnderstood?: boolean; replaces?: Replaces }
  | { kind: 'signedOut' }
  | ListView
  | { kind: 'choose'; candidates: Candidate[]; unreadable?: Unreadable[]; replaces?: Replaces }
  /** `others`: the request named a calendar that is not the user's own ("Omar's"), so the card says no "of yours". */
  /** `elsewhere`: nothing of the day asked is called so; `nearest` are the meetings so called on other days. */
  | {
      kind: 'noMatch';
      understood: string;
      nearest: Meeting[];
      unreadable?: Unreadable[];
      others?: boolean;
      elsewhere?: boolean;
      replaces?: Replaces;
    }
  /** comment: a message for the attendees the user typed with the request, shown in the card's box to edit or send. */
  /** changed: offered again because the meeting changed after the card the user clicked was made (nothing was sent). */
  /** underWay: the meeting has begun and not ended: the card says since when. */
  /** series: the request named the whole series; the card offers it first and a typed "yes" cancels it. */
  | {
      kind: 'confirmCancel';
      meeting: Meeting;
      ticket: string;
      comment?: string;
      changed?: boolean;
      underWay?: true;
      replaces?: Replaces;
      series?: true;
      /** Offered in place of an earlier card whose click sent nothing: the message in its box is that card's. */
      fromEarlierCard?: true;
      /** The user asked to decline a meeting they organize: offered as a cancel, and the card says why. */
      declineAsked?: true;
      notOnDay?: NotOnDay;
      /** "and … too" while another card waits that this one could not be joined with: said, that one still waits. */
      firstWaits?: WaitingCard;
    }
  /** series: the request named the whole series; the card offers to decline it first and a typed "yes" declines it. */
  | {
      kind: 'confirmDecline';
      meeting: Meeting;
      ticket: string;
      comment?: string;
      changed?: boolean;
      underWay?: true;
      replaces?: Replaces;
      fromEarlierCard?: true;
      notOnDay?: NotOnDay;
      series?: true;
      /** "and … too" while another card waits that this one could not be joined with: said, that one still waits. */
      firstWaits?: WaitingCard;
    }
  /** `ticket` is '' when none of the meetings is the user's to cancel: nothing to confirm. */
  | {
      kind: 'confirmBulk';
      cancellable: Meeting[];
      notYours: Meeting[];
      ticket: string;
      comment?: string;
      changed?: boolean;
      replaces?: Replaces;
      fromEarlierCard?: true;
      /** Offered again after a change (`changed`): the meetings the card before held that this one no longer does, and why. */
      dropped?: Dropped[];
      /** Meetings the request named that are left out, not the user's to cancel ("all of Omar's": his all hands, Megan's). */
      leftOut?: Meeting[];
      /**
       * The exceptions the request said ("… except the jour fixe") that left none of its meetings out, as understood
       * (describeRequest): the card says so, so nobody confirms believing one was kept.
       */
      exceptNotFound?: string[];
    }
  /** The final state of the card behind `ticket`: shown in place of that card. */
  | { kind: 'outcome'; outcome: Outcome; ticket: string }
  | { kind: 'notice'; notice: Notice; replaces?: Replaces };
