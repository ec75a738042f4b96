import type { CalendarService } from '../calendar/calendar-service';
import type { MemoryAccess } from '../state';
import { toIanaZone } from '../time/zones';

/**
 * How long the mailbox's zone is taken as read: a user who moves (and sets their mailbox to the new
 * place) is in the new zone within hours, and a user whose client never says where it is costs one
 * mailbox request per this long, not one per turn.
 */
export const MAILBOX_ZONE_MAX_AGE_MS = 6 * 3_600_000;

/**
 * The user's time zone: what their Teams client says (activity.localTimezone), else what it said
 * last in this chat (some activities come without it, e.g. a card's click: the card was shown in
 * that zone; and it is where the user is, whatever the mailbox says), else their mailbox settings
 * (asked, then remembered for MAILBOX_ZONE_MAX_AGE_MS; a mailbox set to a custom zone, "Customized
 * Time Zone", a bias and rules with no name, keeps the zone it named before), else UTC, which the
 * cards then name. Never the server's zone.
 */
export async function resolveTimeZone(
  clientZone: string | undefined,
  place: { memory: MemoryAccess; conversationId: string; userId: string; now: Date },
  calendar: () => Promise<CalendarService>,
): Promise<string> {
  const fromClient = toIanaZone(clientZone);
  const memory = await place.memory.load(place.conversationId, place.userId);
  if (fromClient) {
    if (memory.clientTimeZone !== fromClient)
      await place.memory.remember(place.conversationId, place.userId, { clientTimeZone: fromClient });
    return fromClient;
  }
  if (memory.clientTimeZone) return memory.clientTimeZone;
  // Remembered before it had an age (or read with none usable): asked again once it is older than that.
  const askedAt = memory.mailboxTimeZoneAt ? Date.parse(memory.mailboxTimeZoneAt) : NaN;
  const age = place.now.getTime() - askedAt;
  if (age >= 0 && age < MAILBOX_ZONE_MAX_AGE_MS) return memory.mailboxTimeZone ?? 'UTC';
  let named: string | undefined;
  try {
    named = await (await calendar()).mailboxTimeZone();
  } catch (error) {
    // Graph could not say this time: the zone it said last still holds (the next turn asks again).
    if (memory.mailboxTimeZone) return memory.mailboxTimeZone;
    throw error;
  }
  // A mailbox now set to a custom zone keeps the place it last named: nearer the user than UTC.
  const fromMailbox = toIanaZone(named) ?? memory.mailboxTimeZone;
  await place.memory.remember(place.conversationId, place.userId, {
    mailboxTimeZone: fromMailbox,
    mailboxTimeZoneAt: place.now.toISOString(),
  });
  return fromMailbox ?? 'UTC';
}
