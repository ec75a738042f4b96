import { strict as assert } from 'node:assert';
import type { Activity } from 'botbuilder';
import { chatRefusal } from '../../../src/bot/chat-scope';
import { personalChat } from '../../support/activity';

const TENANT = '00000000-0000-4000-8000-000000000001';
const OTHER = '11111111-0000-4000-8000-000000000001';
const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: TENANT };

/** A Teams 1:1 chat activity with its conversation and channelData changed by `conversation` and `channelData`. */
function chat(conversation: Record<string, unknown>, channelData: Record<string, unknown> = { tenant: { id: TENANT } }): Partial<Activity> {
  const base = personalChat(USER) as { conversation: Record<string, unknown> };
  return { ...base, conversation: { ...base.conversation, ...conversation }, channelData } as unknown as Partial<Activity>;
}

describe('where the bot shows a calendar (fails closed)', () => {
  it("a Teams 1:1 chat of the bot's organization: yes, with or without the tenant fields", () => {
    assert.equal(chatRefusal(chat({}), TENANT), undefined);
    assert.equal(chatRefusal(chat({ tenantId: undefined }, {}), TENANT), undefined);
    assert.equal(
      chatRefusal(chat({}, { tenant: { id: TENANT.toUpperCase() } }), TENANT),
      undefined,
      'a GUID in capitals is the same tenant',
    );
    assert.equal(chatRefusal(chat({}, { tenant: { id: TENANT }, team: null, channel: null }), TENANT), undefined);
  });

  const shared: Array<[string, Partial<Activity>]> = [
    ['a group chat', chat({ conversationType: 'groupChat', isGroup: true, id: '19:abc@thread.v2' })],
    ['a channel', chat({ conversationType: 'channel', isGroup: true, id: '19:abc@thread.tacv2' })],
    ['a group chat with a forged personal flag', chat({ conversationType: 'personal', isGroup: false, id: '19:abc@thread.v2' })],
    ['a meeting chat with a forged personal flag', chat({ conversationType: 'personal', id: '19:meeting_x@thread.v2' })],
    [
      'a channel post with a forged personal flag',
      chat({ conversationType: 'personal', id: 'a:1' }, { tenant: { id: TENANT }, team: { id: '19:t@thread.tacv2' } }),
    ],
    ['a channel named in channelData only', chat({}, { tenant: { id: TENANT }, channel: { id: '19:c@thread.tacv2' } })],
    ['no conversation type', chat({ conversationType: undefined })],
  ];
  for (const [name, activity] of shared) {
    it(`${name}: shared`, () => assert.equal(chatRefusal(activity, TENANT), 'shared'));
  }

  it('a chat of another organization, or one whose two tenant fields disagree: not served', () => {
    assert.equal(chatRefusal(chat({ tenantId: OTHER }, { tenant: { id: OTHER } }), TENANT), 'otherOrganization');
    assert.equal(chatRefusal(chat({ tenantId: undefined }, { tenant: { id: OTHER } }), TENANT), 'otherOrganization');
    assert.equal(chatRefusal(chat({ tenantId: TENANT }, { tenant: { id: OTHER } }), TENANT), 'otherOrganization');
    assert.equal(chatRefusal(chat({ tenantId: OTHER }, { tenant: { id: TENANT } }), TENANT), 'otherOrganization');
  });

  it('a bot set up for no one tenant (common, organizations) takes any tenant that is consistent', () => {
    assert.equal(chatRefusal(chat({ tenantId: OTHER }, { tenant: { id: OTHER } }), 'organizations'), undefined);
    assert.equal(chatRefusal(chat({ tenantId: TENANT }, { tenant: { id: OTHER } }), 'organizations'), 'otherOrganization');
  });
});
