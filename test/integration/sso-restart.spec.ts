import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAzurite, type AzuriteProcess } from '../../scripts/dev/azurite';
import { subjectsIn } from './support/cards';
import { ALEX, Stack } from './support/stack';

/**
 * The token cache is persisted per user in the bot's storage (here Azure Blob Storage through
 * Azurite, as in production): a restarted bot needs no new sign-in and no new token exchange.
 */
describe('Teams SSO survives a restart (blob storage in Azurite)', function () {
  this.timeout(90000);
  let azurite: AzuriteProcess;
  let stack: Stack;

  before(async () => {
    azurite = await startAzurite({ location: mkdtempSync(path.join(os.tmpdir(), 'azurite-sso-')), fresh: true });
    stack = await Stack.start({ teams: true, env: { ...azurite.env, BLOB_CONTAINER: 'sso-restart-test' } });
  });
  after(async () => {
    await stack?.stop();
    if (azurite) {
      await azurite.stop();
      rmSync(azurite.location, { recursive: true, force: true });
    }
  });

  it('signs in once; after a restart the persisted cache answers: no OAuth card, no user token request; sign out survives restarts too', async () => {
    const alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const card = (await alex.say('show my meetings')).oauthCard();
    const token = (await stack.admin('POST', '/sso-token', { user: ALEX.upn })).token;
    const signedIn = await alex.invoke('signin/tokenExchange', { id: card.tokenExchangeResource.id, connectionName: '', token });
    assert.equal(signedIn.status, 200);
    assert.ok(subjectsIn(signedIn.card().content).length > 0);

    await stack.restartBot();
    const before = await stack.stats();
    const after = await alex.say('show my meetings');
    assert.ok(subjectsIn(after.card().content).length > 0, 'the list, not an OAuth card');
    // The restarted bot gets its own reply token (client credentials); the user's tokens come from the cache.
    const userGrants = (stats: Awaited<ReturnType<Stack['stats']>>) =>
      (stats.tokens.byGrant.on_behalf_of ?? 0) + (stats.tokens.byGrant.refresh_token ?? 0);
    assert.equal(userGrants(await stack.stats()) - userGrants(before), 0, 'no token exchange or refresh after the restart');

    await alex.say('sign out');
    await stack.restartBot();
    assert.ok((await alex.say('show my meetings')).oauthCard(), 'signed out stays signed out across restarts');
  });

  it("two instances on one storage: each keeps the user's tokens in memory, yet a sign-out on one is honoured by the other on the next turn", async () => {
    const alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    await stack.signIn(alex, ALEX.upn);
    const a = stack.bot.url;
    const other = await stack.anotherBot();
    try {
      stack.channel.retarget(other.url);
      assert.ok(subjectsIn((await alex.say('show my meetings')).card().content).length > 0, 'B: signed in (tokens from storage)');
      stack.channel.retarget(a);
      await alex.say('sign out');
      stack.channel.retarget(other.url);
      assert.ok((await alex.say('show my meetings')).oauthCard(), 'B: signed out, though it held the tokens in memory');
    } finally {
      stack.channel.retarget(a);
      await other.stop();
    }
  });
});
