import type { Meeting } from '../calendar/meeting';

/** What a finished card shows about its meeting; kept with the ticket so later clicks see it. */
export interface MeetingSummary {
  subject: string;
  start: string;
  end: string;
  isAllDay: boolean;
  organizer: string;
}

export function summarize(meeting: Meeting): MeetingSummary {
  return {
    subject: meeting.subject,
    start: meeting.start,
    end: meeting.end,
    isAllDay: meeting.isAllDay,
    organizer: meeting.organizer.name || meeting.organizer.email,
  };
}

/** The final state of a card. Once a ticket has an outcome, its card shows it and nothing else. */
export type Outcome =
  | { kind: 'cancelled'; meeting: MeetingSummary; scope: 'occurrence' | 'series'; comment: string }
  | { kind: 'declined'; meeting: MeetingSummary; comment: string }
  | { kind: 'kept'; meeting?: MeetingSummary }
  | { kind: 'notOrganizer'; meeting: MeetingSummary; graphMessage: string; declineTicket: string; comment: string }
  | { kind: 'gone'; meeting?: MeetingSummary }
  | { kind: 'cancelledMany'; cancelled: MeetingSummary[]; failed: MeetingSummary[]; comment: string };

/**
 * Why nothing happened yet; the card stays as it was and the user is told in a message.
 * `retry` notices leave the ticket open so the same button works again.
 */
export type Notice =
  | { kind: 'throttled' }
  | { kind: 'unavailable' }
  | { kind: 'commentTooLong'; length: number; max: number }
  | { kind: 'staleCard' }
  | { kind: 'busy' };
