import { strict as assert } from 'node:assert';
import { MemoryStorage } from 'botbuilder';
import type { CalendarService } from '../../../src/calendar/calendar-service';
import { CalendarUnavailableError } from '../../../src/calendar/errors';
import { resolveTimeZone } from '../../../src/flows';
import { MAILBOX_ZONE_MAX_AGE_MS } from '../../../src/flows/time-zone';
import { ConversationMemory } from '../../../src/state';

const START = Date.parse('2026-12-01T08:00:00Z');

/** A mailbox whose zone setting the test changes, counting how often the bot asks for it. */
function mailbox(zone: string | undefined) {
  const state = { zone: zone as string | undefined | Error, asked: 0 };
  const calendar = {
    mailboxTimeZone: async () => {
      state.asked++;
      if (state.zone instanceof Error) throw state.zone;
      return state.zone;
    },
  } as Partial<CalendarService> as CalendarService;
  return { state, open: async () => calendar };
}

describe("the user's zone from the mailbox, when the Teams client never says", () => {
  const memory = new ConversationMemory(new MemoryStorage());
  let chat = 0;
  const placeAt = (conversationId: string, hoursLater: number) => ({
    memory,
    conversationId,
    userId: 'u1',
    now: new Date(START + hoursLater * 3_600_000),
  });

  it('a user who moves from Berlin to New York is in New York once the remembered zone is older than its age, asked once per age', async () => {
    const id = `c${++chat}`;
    const { state, open } = mailbox('W. Europe Standard Time');
    assert.equal(await resolveTimeZone(undefined, placeAt(id, 0), open), 'Europe/Berlin');
    assert.equal(await resolveTimeZone(undefined, placeAt(id, 1), open), 'Europe/Berlin');
    assert.equal(state.asked, 1, 'remembered: no Graph request per turn');
    state.zone = 'Eastern Standard Time';
    const justBefore = (MAILBOX_ZONE_MAX_AGE_MS - 60_000) / 3_600_000;
    assert.equal(await resolveTimeZone(undefined, placeAt(id, justBefore), open), 'Europe/Berlin');
    assert.equal(state.asked, 1);
    const after = MAILBOX_ZONE_MAX_AGE_MS / 3_600_000;
    assert.equal(await resolveTimeZone(undefined, placeAt(id, after), open), 'America/New_York');
    assert.equal(await resolveTimeZone(undefined, placeAt(id, after + 1), open), 'America/New_York');
    assert.equal(state.asked, 2);
  });

  it('a zone remembered before it had an age is asked again once, then kept for the age', async () => {
    const id = `c${++chat}`;
    await memory.remember(id, 'u1', { mailboxTimeZone: 'Europe/Berlin' });
    const { state, open } = mailbox('Pacific Standard Time');
    assert.equal(await resolveTimeZone(undefined, placeAt(id, 0), open), 'America/Los_Angeles');
    assert.equal(await resolveTimeZone(undefined, placeAt(id, 1), open), 'America/Los_Angeles');
    assert.equal(state.asked, 1);
  });

  it('a custom mailbox zone ("Customized Time Zone"): the zone the mailbox named before, else UTC; asked once per age, not every turn', async () => {
    const id = `c${++chat}`;
    const { state, open } = mailbox('Customized Time Zone');
    assert.equal(await resolveTimeZone(undefined, placeAt(id, 0), open), 'UTC');
    assert.equal(await resolveTimeZone(undefined, placeAt(id, 1), open), 'UTC');
    assert.equal(state.asked, 1, 'an unusable zone is remembered as read too');
    // Named before: that place, nearer the user than UTC.
    const named = `c${++chat}`;
    const before = mailbox('Tokyo Standard Time');
    assert.equal(await resolveTimeZone(undefined, placeAt(named, 0), before.open), 'Asia/Tokyo');
    before.state.zone = 'Customized Time Zone';
    const after = MAILBOX_ZONE_MAX_AGE_MS / 3_600_000;
    assert.equal(await resolveTimeZone(undefined, placeAt(named, after), before.open), 'Asia/Tokyo');
    assert.equal(before.state.asked, 2);
  });

  it("the Teams client's zone, now or earlier in the chat, wins over any mailbox zone, usable or not, and costs no mailbox request", async () => {
    const id = `c${++chat}`;
    const { state, open } = mailbox('Customized Time Zone');
    assert.equal(await resolveTimeZone('America/St_Johns', placeAt(id, 0), open), 'America/St_Johns');
    assert.equal(await resolveTimeZone(undefined, placeAt(id, 100), open), 'America/St_Johns');
    assert.equal(state.asked, 0);
  });

  it('Graph failing at a refresh: the remembered zone still holds, and the next turn asks again; with none remembered the error is the turn’s', async () => {
    const id = `c${++chat}`;
    const { state, open } = mailbox('Romance Standard Time');
    assert.equal(await resolveTimeZone(undefined, placeAt(id, 0), open), 'Europe/Paris');
    state.zone = new CalendarUnavailableError('down');
    const after = MAILBOX_ZONE_MAX_AGE_MS / 3_600_000;
    assert.equal(await resolveTimeZone(undefined, placeAt(id, after), open), 'Europe/Paris');
    state.zone = 'GMT Standard Time';
    assert.equal(await resolveTimeZone(undefined, placeAt(id, after + 0.1), open), 'Europe/London');
    assert.equal(state.asked, 3);
    const fresh = mailbox(undefined);
    fresh.state.zone = new CalendarUnavailableError('down');
    await assert.rejects(resolveTimeZone(undefined, placeAt(`c${++chat}`, 0), fresh.open), CalendarUnavailableError);
  });
});
