import { z } from 'zod/v4';

/**
 * What the cards' buttons send back, one schema per verb: the card builders can only put these
 * shapes on a button, and the handlers parse a click with the same schema before acting on it.
 * Card data is never trusted beyond its shape: ids in it are re-read with the clicking user's
 * token, and tickets are checked against the store.
 */
const id = z.string().min(1).max(1024);
/** Teams merges the card's message box (COMMENT_INPUT) into the data; its length is checked by the flow. */
/**
 * Why a choice card's row is offered, as the ranking said it (calendar/candidates MatchReason): only shown again, as
 * literal text, so only its shape is checked (a time "15:00", a day "2026-03-06", a position "next", "last", "#2").
 */
const reason = z
  .object({
    kind: z.enum(['time', 'day', 'title', 'attendee', 'location', 'calendar', 'position', 'titleLike']),
    detail: z.string().max(200),
    owner: z.enum(['me', 'person', 'group']).optional(),
  })
  .refine(({ kind, detail }) =>
    kind === 'time'
      ? /^\d{1,2}:\d{2}$/.test(detail)
      : kind === 'day'
        ? /^\d{4}-\d{2}-\d{2}$/.test(detail)
        : kind === 'position'
          ? /^(?:next|last|#-?\d{1,3})$/.test(detail)
          : true,
  );
const comment = z.string().max(100_000).optional();

export const cardActionSchemas = {
  showMeetings: z.object({
    verb: z.literal('showMeetings'),
    page: z.number().int().min(1).max(1000).default(1),
    /** With "More" on a list of one day or range: the window it looked at (UTC instants; the flow checks them). */
    start: z.string().max(40).optional(),
    end: z.string().max(40).optional(),
    /** A list of other calendars than the user's own (a delegate's, a group's): their keys, checked against the user's calendars. */
    calendars: z.array(z.string().max(1024)).max(20).optional(),
  }),
  offerCancel: z.object({ verb: z.literal('offerCancel'), meetingId: id }),
  offerDecline: z.object({ verb: z.literal('offerDecline'), meetingId: id }),
  confirmCancel: z.object({
    verb: z.literal('confirmCancel'),
    ticket: id,
    scope: z.enum(['occurrence', 'series']).default('occurrence'),
    comment,
  }),
  confirmDecline: z.object({
    verb: z.literal('confirmDecline'),
    ticket: id,
    scope: z.enum(['occurrence', 'series']).default('occurrence'),
    comment,
  }),
  confirmBulk: z.object({ verb: z.literal('confirmBulk'), ticket: id, comment }),
  keep: z.object({ verb: z.literal('keep'), ticket: id }),
  // Refreshes (Universal Actions): Teams asks for a card's true state when it shows the card again.
  /** A confirm card: its ticket says whether it ended; open, its meetings are read again. `others`: a bulk card's rows to decline. */
  refreshTicket: z.object({
    verb: z.literal('refreshTicket'),
    ticket: id,
    others: z.array(id).max(50).optional(),
    /** A bulk card's meetings it said it leaves out (not the user's to cancel). */
    leftOut: z.array(id).max(50).optional(),
  }),
  /** A list: its rows read again (no window: the coming days, as the list said). */
  refreshList: z.object({
    verb: z.literal('refreshList'),
    meetingIds: z.array(id).max(50),
    page: z.number().int().min(1).max(1000).default(1),
    hasMore: z.boolean().default(false),
    start: z.string().max(40).optional(),
    end: z.string().max(40).optional(),
    calendars: z.array(z.string().max(1024)).max(20).optional(),
  }),
  /** A choice card: its meetings, read again; `reasons`: why each row was offered, in the rows' order (shown again). */
  refreshChoice: z.object({
    verb: z.literal('refreshChoice'),
    meetingIds: z.array(id).max(50),
    reasons: z.array(z.array(reason).max(10)).max(50).optional(),
  }),
  /** A bulk card of others' meetings only (nothing to confirm, so no ticket): its rows, read again. */
  refreshDeclines: z.object({ verb: z.literal('refreshDeclines'), meetingIds: z.array(id).max(50) }),
} as const;

export type VerbName = keyof typeof cardActionSchemas;

export const Verb = Object.fromEntries(Object.keys(cardActionSchemas).map((verb) => [verb, verb])) as { [V in VerbName]: V };

/** A click's data for `verb`, as the handler receives it. */
export type CardAction<V extends VerbName = VerbName> = z.output<(typeof cardActionSchemas)[V]>;

type RefreshVerb = 'refreshTicket' | 'refreshList' | 'refreshChoice' | 'refreshDeclines';

/** What a card builder may put on a button. */
export type CardData = { [V in Exclude<VerbName, RefreshVerb>]: z.input<(typeof cardActionSchemas)[V]> }[Exclude<VerbName, RefreshVerb>];

/** What a card builder may put in a card's `refresh`. */
export type RefreshData = { [V in RefreshVerb]: z.input<(typeof cardActionSchemas)[V]> }[RefreshVerb];

/** The click's data if it is a well-formed `verb` action, else undefined (a forged or outdated card). */
export function parseCardAction<V extends VerbName>(verb: V, value: unknown): CardAction<V> | undefined {
  const parsed = cardActionSchemas[verb].safeParse(value);
  return parsed.success ? (parsed.data as CardAction<V>) : undefined;
}

/** The id of the message input on confirm cards; Teams merges inputs into the submit data. */
export const COMMENT_INPUT = 'comment';
