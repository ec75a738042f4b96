import { peopleInvited, type Meeting } from '../calendar/meeting';

/** What a finished card shows about its meeting; kept with the ticket so later clicks see it. */
export interface MeetingSummary {
  subject: string;
  start: string;
  end: string;
  isAllDay: boolean;
  organizer: string;
  /** How many people it invites (absent on summaries kept before this was): 0 means nobody hears of a cancel. */
  invited?: number;
  /**
   * The key of the calendar it is in, when not the user's own default calendar: where "the one after" looks first once
   * it is cancelled and can no longer be read (absent on summaries kept before this was).
   */
  calendarKey?: string;
}

export function summarize(meeting: Meeting): MeetingSummary {
  return {
    subject: meeting.subject,
    start: meeting.start,
    end: meeting.end,
    isAllDay: meeting.isAllDay,
    organizer: meeting.organizer.name || meeting.organizer.email,
    invited: peopleInvited(meeting),
    ...(meeting.calendar?.key ? { calendarKey: meeting.calendar.key } : {}),
  };
}

/**
 * Whether a meeting is no longer what a card showed: another name, time or organizer. For the whole
 * series (`series`, `meeting` its master), the organizer only: the card showed one occurrence, whose
 * name may differ from the series' (a renamed occurrence) and whose times are its own.
 */
export function changedSince(shown: MeetingSummary, meeting: Meeting, scope: 'occurrence' | 'series' = 'occurrence'): boolean {
  const now = summarize(meeting);
  if (now.organizer !== shown.organizer) return true;
  if (scope === 'series') return false;
  return now.subject !== shown.subject || now.start !== shown.start || now.end !== shown.end || now.isAllDay !== shown.isAllDay;
}

/** A meeting no longer open to act on (see canStillAct): cancelled already, or ended. */
export function closedOutcome(meeting: Meeting): Outcome {
  return meeting.isCancelled
    ? { kind: 'gone', meeting: summarize(meeting), cancelled: true }
    : { kind: 'gone', meeting: summarize(meeting), ended: true };
}

/**
 * Why Microsoft 365 refused one cancel of a bulk, as the card says it: its own words (a refusal it explained), the
 * meeting changed at that moment (409/412), the calendar no longer the user's to act in, or no reason given.
 */
export type Refusal = { kind: 'refused'; graphMessage: string } | { kind: 'conflict' } | { kind: 'noAccess' } | { kind: 'unexplained' };

/** A meeting of a bulk card it no longer acts on: cancelled or begun meanwhile, or no longer found (404). */
export interface Dropped {
  meeting: MeetingSummary;
  why: 'cancelled' | 'gone' | 'begun';
}

/** A confirm card waiting for an answer, as a sentence names it: its action and its meeting (or how many). */
export interface WaitingCard {
  action: 'cancel' | 'decline';
  subject?: string;
  count: number;
  /** Its decline or cancel is of the whole series. */
  series?: true;
}

/** The final state of a card. Once a ticket has an outcome, its card shows it and nothing else. */
export type Outcome =
  /** `at`: when (an instant), so an older card of the meeting can say when this chat cancelled it (absent on older tickets). */
  | { kind: 'cancelled'; meeting: MeetingSummary; scope: 'occurrence' | 'series'; comment: string; at?: string }
  /** `scope` 'series': the whole series was declined (`meeting` its master). */
  | { kind: 'declined'; meeting: MeetingSummary; comment: string; scope?: 'series' }
  /** `action`: 'decline' on a decline card (nothing was declined); absent: a cancel card. */
  | {
      kind: 'kept';
      meeting?: MeetingSummary;
      /** A bulk card: every meeting it offered. */ meetings?: MeetingSummary[];
      action?: 'decline';
    }
  /** A newer card took its place (the user turned to another meeting by words): nothing was sent from this one. */
  | { kind: 'replaced'; action: 'cancel' | 'decline'; meeting?: MeetingSummary; meetings?: MeetingSummary[] }
  /** `declineTicket` is '' where the meeting cannot be declined either (a group calendar's). */
  | { kind: 'notOrganizer'; meeting: MeetingSummary; graphMessage: string; declineTicket: string; comment: string }
  /**
   * ended: it is over (so nothing was sent), rather than cancelled, moved or deleted. started: it had begun, on
   * tickets ended before a meeting under way could be cancelled (kept a week: still shown as they ended).
   */
  | {
      kind: 'gone';
      meeting?: MeetingSummary;
      ended?: true;
      started?: true;
      cancelled?: true;
      /** Another card of this chat cancelled it (`at`: when, if that card's ticket says). */
      cancelledHere?: { at?: string };
    }
  | {
      kind: 'cancelledMany';
      cancelled: MeetingSummary[];
      /** Microsoft 365 refused these (nothing was sent for them); `why` absent on tickets done before it was kept. */
      failed: Array<MeetingSummary & { why?: Refusal }>;
      comment: string;
      /** When (an instant), as a single cancel's `at`. */
      at?: string;
      /**
       * Not cancelled because Microsoft 365 was busy (429 to the end) or unreachable (a 5xx, and a re-read showed them
       * unchanged): nothing was sent for them; `ticket` cancels them when pressed again ("Try again").
       */
      notCancelled?: { why: 'busy' | 'unreachable'; meetings: MeetingSummary[]; ticket: string };
      /** The card's meetings it did not act on, as the card named them: cancelled, begun or gone meanwhile. */
      dropped?: Dropped[];
      /** Sent, but the answer was lost and a re-read could not tell: maybe cancelled (re-read later by id). */
      unconfirmed?: Array<MeetingSummary & { id: string }>;
    }
  /** The write was sent and its answer lost; the bot re-reads until it knows (flows/unconfirmed). */
  | {
      kind: 'unconfirmed';
      action: 'cancel' | 'decline';
      meeting: MeetingSummary;
      /** The id the write went to, re-read to find out whether it ran. */
      meetingId: string;
      scope?: 'occurrence' | 'series';
      comment: string;
    };

/**
 * Why nothing happened yet; the card stays as it was and the user is told in a message.
 * `retry` notices leave the ticket open so the same button works again.
 */
export type Notice =
  | { kind: 'throttled' }
  | { kind: 'unavailable' }
  /** Graph refused the write: the meeting was being changed at the same moment. Nothing was done. */
  | { kind: 'conflict'; action: 'cancel' | 'decline' }
  /** Graph refused the write for a reason only its message gives (RequestRefusedError): nothing was done. */
  | { kind: 'refused'; action: 'cancel' | 'decline'; graphMessage: string }
  /** typed: the message came with a typed "yes, …", not from the card's box. */
  | { kind: 'commentTooLong'; length: number; max: number; typed?: true }
  | { kind: 'staleCard' }
  | { kind: 'busy' }
  /** A re-read showed that an unconfirmed cancel or decline did not run: the card works again. */
  | { kind: 'notDone'; action: 'cancel' | 'decline'; subject: string }
  /** "yes" / "no" typed with no confirm card waiting; listOpen: a list to pick from is (the last list shown). */
  | { kind: 'nothingPending'; listOpen?: true }
  | { kind: 'keptNotOnCard' }
  /**
   * "yes, but not that one", "ja, aber nicht den": a meeting to keep that the words do not name; `single`: a card of one
   * meeting, with anything named ("yes, but not the standup" there too).
   */
  | { kind: 'keptUnnamed'; single: boolean }
  | { kind: 'lastCardDone' }
  /**
   * Words that ask nothing this bot does (or nothing at all: "👍") while a confirm card waits: the card is named, and how to
   * answer it. `cannot`: "undo", "move it": what this bot does not do, said first.
   */
  | { kind: 'cardWaiting'; waiting: WaitingCard; cannot?: 'undo' | 'move' }
  /** "undo", "move my 1:1 to friday" with no card waiting: this bot cancels (once, for good), it does not move or restore. */
  | { kind: 'cannotDo'; cannot: 'undo' | 'move' }
  /** "more" typed after the last page of a list. */
  | { kind: 'noMore' }
  /** "the third one" with a list of `rows` on screen: that row does not exist. */
  | { kind: 'noSuchRow'; rows: number }
  /**
   * A row's button for a meeting that can no longer be acted on; the list's other rows still work. `cancelledHere`: gone
   * because a card of this chat cancelled it (`at`: when, if that card's ticket says).
   */
  | { kind: 'meetingClosed'; why: 'cancelled' | 'ended' | 'notFound'; subject?: string; cancelledHere?: { at?: string } }
  /** "yes" typed while the last card is an organizer refusal offering "Decline instead". */
  | { kind: 'refusalWaiting'; subject: string; organizer: string }
  /** Microsoft 365 refused the calendar the meeting is in (a delegation or membership removed): nothing was sent. */
  | { kind: 'noAccess' };
