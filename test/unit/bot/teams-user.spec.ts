import { strict as assert } from 'node:assert';
import { userRefOf } from '../../../src/bot/teams-user';

const BOT_TENANT = '11111111-1111-4111-8111-111111111111';
const USER_TENANT = '22222222-2222-4222-8222-222222222222';

describe('the Teams user behind an activity', () => {
  it("takes the conversation's tenant, else channelData's, else the bot's", () => {
    const from = { id: '29:x', name: 'Alex', aadObjectId: 'oid' };
    assert.deepEqual(userRefOf({ from, conversation: { id: 'a:1', tenantId: USER_TENANT } as never }, BOT_TENANT), {
      aadObjectId: 'oid',
      tenantId: USER_TENANT,
    });
    assert.deepEqual(userRefOf({ from, conversation: { id: 'a:1' } as never, channelData: { tenant: { id: USER_TENANT } } }, BOT_TENANT), {
      aadObjectId: 'oid',
      tenantId: USER_TENANT,
    });
    assert.deepEqual(userRefOf({ from, conversation: { id: 'a:1' } as never, channelData: { tenant: { id: 42 } } }, BOT_TENANT), {
      aadObjectId: 'oid',
      tenantId: BOT_TENANT,
    });
    assert.equal(userRefOf({ from: { id: '29:x', name: 'Alex' }, conversation: { id: 'a:1' } as never }, BOT_TENANT), undefined);
  });
});
