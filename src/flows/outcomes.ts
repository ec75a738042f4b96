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
}

export function summarize(meeting: Meeting): MeetingSummary {
  return {
    subject: meeting.subject,
    start: meeting.start,
    end: meeting.end,
    isAllDay: meeting.isAllDay,
    organizer: meeting.organizer.name || meeting.organizer.email,
    invited: peopleInvited(meeting),
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

/** The final state of a card. Once a ticket has an outcome, its card shows it and nothing else. */
export type Outcome =
  | { kind: 'cancelled'; meeting: MeetingSummary; scope: 'occurrence' | 'series'; comment: string }
  | { kind: 'declined'; meeting: MeetingSummary; comment: string }
  | { kind: 'kept'; meeting?: MeetingSummary; /** A bulk card: every meeting it offered. */ meetings?: MeetingSummary[] }
  /** A newer card took its place (the user turned to another meeting by words): nothing was sent from this one. */
  | { kind: 'replaced'; action: 'cancel' | 'decline'; meeting?: MeetingSummary; meetings?: MeetingSummary[] }
  /** `declineTicket` is '' where the meeting cannot be declined either (a group calendar's). */
  | { kind: 'notOrganizer'; meeting: MeetingSummary; graphMessage: string; declineTicket: string; comment: string }
  /**
   * ended: it is over (so nothing was sent), rather than cancelled, moved or deleted. started: it had begun, on
   * tickets ended before a meeting under way could be cancelled (kept a week: still shown as they ended).
   */
  | { kind: 'gone'; meeting?: MeetingSummary; ended?: true; started?: true; cancelled?: true }
  | {
      kind: 'cancelledMany';
      cancelled: MeetingSummary[];
      failed: MeetingSummary[];
      comment: string;
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
  /** "more" typed after the last page of a list. */
  | { kind: 'noMore' }
  /** "the third one" with a list of `rows` on screen: that row does not exist. */
  | { kind: 'noSuchRow'; rows: number }
  /** A row's button for a meeting that can no longer be acted on; the list's other rows still work. */
  | { kind: 'meetingClosed'; why: 'cancelled' | 'ended' | 'notFound'; subject?: string }
  /** "yes" typed while the last card is an organizer refusal offering "Decline instead". */
  | { kind: 'refusalWaiting'; subject: string; organizer: string }
  /** Microsoft 365 refused the calendar the meeting is in (a delegation or membership removed): nothing was sent. */
  | { kind: 'noAccess' };
