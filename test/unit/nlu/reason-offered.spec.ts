import { strict as assert } from 'node:assert';
import { MemoryStorage } from 'botbuilder';
import { DateTime } from 'luxon';
import { answerText, type FlowUser } from '../../../src/flows';
import { FakeCalendar, flowDepsFor, meeting } from '../flows/fake-calendar';

// The NLU's reason reaches the confirm card as its prefilled message (flows/conversation.ts read()); a typed message wins.
describe('a reason given with a request is offered as the message on the confirm card', () => {
  const zone = 'Europe/Vienna';
  const now = DateTime.fromISO('2026-12-07T08:00', { zone });
  const retro = meeting({
    subject: 'Retro',
    start: now.plus({ hours: 3 }).toUTC().toISO()!,
    end: now.plus({ hours: 4 }).toUTC().toISO()!,
  });
  const user = (id: string): FlowUser => ({ id, tenantId: 't', conversationId: `c-${id}`, locale: 'de-AT', timeZone: zone });
  const ask = async (text: string, id: string) =>
    answerText(
      flowDepsFor(new FakeCalendar([retro], zone), now.toJSDate(), new MemoryStorage(), async () => undefined),
      user(id),
      text,
    );

  it('prefills the reason as typed', async () => {
    const view = await ask('sag die Retro ab, bin heute leider verhindert', 'a');
    assert.equal(view.kind, 'confirmCancel');
    assert.equal(view.kind === 'confirmCancel' && view.comment, 'bin heute leider verhindert');
  });

  it('prefills nothing for thanks alone, and the typed message over a reason', async () => {
    const thanks = await ask('sag die Retro ab, danke dir!', 'b');
    assert.equal(thanks.kind === 'confirmCancel' && thanks.comment, undefined);
    const both = await ask('sag die Retro ab, bin krank, Nachricht: nächste Woche wieder', 'c');
    assert.equal(both.kind === 'confirmCancel' && both.comment, 'nächste Woche wieder');
  });
});
