import type { CalendarService } from '../calendar/calendar-service';
import type { MemoryAccess } from '../state';
import { toIanaZone } from '../time/zones';

/**
 * The user's time zone: what their Teams client says (activity.localTimezone), else what it said
 * last in this chat (some activities come without it, e.g. a card's click: the card was shown in
 * that zone), else their mailbox settings (asked once, then remembered), else UTC. Never the
 * server's zone.
 */
export async function resolveTimeZone(
  clientZone: string | undefined,
  place: { memory: MemoryAccess; conversationId: string; userId: string },
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
  const remembered = memory.mailboxTimeZone;
  if (remembered) return remembered;
  const fromMailbox = toIanaZone(await (await calendar()).mailboxTimeZone());
  if (!fromMailbox) return 'UTC';
  await place.memory.remember(place.conversationId, place.userId, { mailboxTimeZone: fromMailbox });
  return fromMailbox;
}
