import { strict as assert } from 'node:assert';
import { MemoryStorage } from 'botbuilder';
import { DateTime } from 'luxon';
import { answerText, type FlowUser } from '../../../src/flows';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';

// A plural that is a word of the meeting's own name ("Team drinks") names that meeting; one that is not ("Standup") is every one.
describe('a plural that names a meeting', () => {
  const zone = 'Asia/Kolkata';
  const now = DateTime.fromISO('2026-12-15T09:00', { zone });
  const at = (day: number, hour: number, hours: number, subject: string, id: string) =>
    meeting({
      id,
      subject,
      start: now.plus({ days: day }).set({ hour, minute: 0 }).toUTC().toISO()!,
      end: now
        .plus({ days: day })
        .set({ hour: hour + hours, minute: 0 })
        .toUTC()
        .toISO()!,
    });
  const meetings = [
    at(1, 10, 1, 'Standup', 'standup-1'),
    at(2, 10, 1, 'Standup', 'standup-2'),
    at(3, 18, 2, 'Team drinks', 'drinks'),
    at(3, 12, 1, 'Quarterly planning', 'planning'),
  ];
  const user = (id: string): FlowUser => ({ id, tenantId: 't', conversationId: `c-${id}`, locale: 'en-IN', timeZone: zone });
  const ask = async (text: string, id: string) =>
    answerText(flowDepsFor(new FakeCalendar(meetings, zone), now.toJSDate(), new MemoryStorage()), user(id), text);

  it('"cancel the friday evening drinks" of "Team drinks" goes to its confirm card', async () => {
    const view = await ask('cancel the friday evening drinks', 'a');
    assert.equal(view.kind, 'confirmCancel');
    assert.equal(view.kind === 'confirmCancel' && view.meeting.id, 'drinks');
  });

  it('"cancel my standups" of meetings called "Standup" is all of them', async () => {
    const view = await ask('cancel my standups', 'b');
    assert.equal(view.kind, 'confirmBulk');
  });
});
