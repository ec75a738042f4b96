import { strict as assert } from 'node:assert';
import { checkActivity } from '../../../src/edge';

const valid = {
  type: 'message',
  id: '1700000000000',
  timestamp: '2026-12-01T17:00:00.1234567Z',
  localTimestamp: '2026-12-01T09:00:00.123-08:00',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  from: { id: '29:1abc', name: 'Alex Wilber', aadObjectId: '00000000-0000-4000-8000-000000000020' },
  recipient: { id: '28:bot', name: 'Cancel Meetings' },
  conversation: { id: 'a:1xyz', conversationType: 'personal', tenantId: '00000000-0000-4000-8000-000000000001' },
  locale: 'de-DE',
  localTimezone: 'Europe/Berlin',
  text: 'zeig meine Besprechungen 😀',
  entities: [{ type: 'clientInfo', locale: 'de-DE' }],
  channelData: { tenant: { id: '00000000-0000-4000-8000-000000000001' }, unknownField: { deep: [1, 2] } },
};

describe('edge: activity shape', () => {
  it('accepts what Teams sends, keeping fields the bot does not read', () => {
    const checked = checkActivity(valid);
    assert.ok(checked.ok);
    assert.deepEqual(checked.activity, valid);
  });

  for (const [name, change, field] of [
    ['a number as locale', { locale: 7 }, 'locale'],
    ['a locale that is no language tag', { locale: 'en_US; DROP' }, 'locale'],
    ['an object as the conversation id', { conversation: { id: { $ne: 1 } } }, 'conversation.id'],
    ['a control character in an id', { from: { id: '29:\u0007' } }, 'from.id'],
    ['a lone surrogate in an id', { replyToId: 'x\uDC00' }, 'replyToId'],
    ['an aadObjectId that is no GUID', { from: { id: '29:a', aadObjectId: 'x' } }, 'from.aadObjectId'],
    ['no recipient', { recipient: undefined }, 'recipient'],
    ['a null value', { value: null }, 'value'],
    ['a serviceUrl of another scheme', { serviceUrl: 'file:///etc/passwd' }, 'serviceUrl'],
    ['a timestamp that is no instant', { timestamp: 'soon' }, 'timestamp'],
  ] as const) {
    it(`refuses ${name}, naming ${field}`, () => {
      const checked = checkActivity({ ...valid, ...change });
      assert.ok(!checked.ok);
      assert.match(checked.reason, new RegExp(`^Malformed activity: ${field.replace('.', '\\.')} `));
      assert.ok(checked.reason.length <= 200);
    });
  }

  it('refuses what is not an object at all, and deep nesting, without throwing', () => {
    for (const body of [null, 3, 'x', [], true]) assert.equal(checkActivity(body).ok, false);
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const checked = checkActivity({ ...valid, value: deep });
    assert.ok(!checked.ok);
    assert.ok(/nested deeper than 64 levels/.test(checked.reason));
  });
});
