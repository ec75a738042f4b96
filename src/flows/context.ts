import type { Candidate } from '../calendar';
import type { CalendarService } from '../calendar/calendar-service';
import type { Meeting } from '../calendar/meeting';
import type { ConversationMemory, TicketStore } from '../state';
import type { Notice, Outcome } from './outcomes';

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
  memory: ConversationMemory;
  settings: FlowSettings;
  now: Date;
}

/** What the bot shows next, as plain data; bot/ renders it into cards and messages. */
export type View =
  | { kind: 'welcome' }
  | { kind: 'help'; notUnderstood?: boolean }
  | { kind: 'signedOut' }
  | { kind: 'list'; meetings: Meeting[]; page: number; hasMore: boolean; days: number }
  | { kind: 'choose'; candidates: Candidate[] }
  | { kind: 'noMatch'; understood: string; nearest: Meeting[] }
  | { kind: 'confirmCancel'; meeting: Meeting; ticket: string }
  | { kind: 'confirmDecline'; meeting: Meeting; ticket: string; comment?: string }
  | { kind: 'confirmBulk'; cancellable: Meeting[]; notYours: Meeting[]; ticket: string }
  /** The final state of the card behind `ticket`: shown in place of that card. */
  | { kind: 'outcome'; outcome: Outcome; ticket: string }
  | { kind: 'notice'; notice: Notice };
