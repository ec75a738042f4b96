import { strict as assert } from 'node:assert';
import { ALEX, Stack } from './support/stack';
import type { ChatUser } from './support/teams-channel';

/**
 * signin/failure: Teams' own SSO step failed before any token exchange (learn.microsoft.com,
 * Teams SDK "SSO troubleshooting": value {code, message}, e.g. "resourcematchfailed" when the
 * OAuth card's resource is not the Entra app's Application ID URI). The bot must answer the
 * invoke, tell the user, and name the setting to fix in its log.
 */
describe('Teams SSO: signin/failure (Teams mode against the sandbox identity)', function () {
  this.timeout(60000);
  let stack: Stack;
  let alex: ChatUser;

  before(async () => {
    stack = await Stack.start({ teams: true });
  });
  after(async () => {
    await stack?.stop();
  });
  beforeEach(() => {
    alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
  });

  async function logLine(event: string, from: number): Promise<any> {
    for (let i = 0; i < 50; i++) {
      const line = stack.bot.logs.slice(from).find((l) => l.includes(`"event":"${event}"`));
      if (line) return JSON.parse(line);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.fail(`no ${event} log line`);
  }

  it('resourcematchfailed: the invoke is answered, the user hears it is a setup problem, the log names AAD_APP_ID_URI', async () => {
    const card = (await alex.say('show my meetings')).oauthCard();
    assert.ok(card.tokenExchangeResource.id, 'sign-in started');
    const before = stack.bot.logs.length;

    const failure = await alex.invoke('signin/failure', { code: 'resourcematchfailed', message: 'Resource match failed' });
    assert.equal(failure.status, 200, 'answered, not 501');
    assert.match(failure.text(), /set up wrongly.*tell whoever runs this bot.*"resourcematchfailed"/s);
    assert.equal(failure.sent.filter((a) => a.attachments?.length).length, 0, 'no card: a new sign-in card would fail the same way');

    const line = await logLine('signin-failure', before);
    assert.equal(line.level, 40, 'a warning');
    assert.equal(line.code, 'resourcematchfailed');
    assert.match(line.msg, /AAD_APP_ID_URI/);
    assert.match(line.msg, /Application ID URI/);
  });

  it('German user, an unknown code: asked to try again, in German; the code is not echoed unchecked', async () => {
    const hans = stack.channel.user({ ...ALEX, locale: 'de-DE' });
    const odd = await hans.invoke('signin/failure', { code: 'somethingnew', message: 'x' });
    assert.equal(odd.status, 200);
    assert.match(odd.text(), /„somethingnew“.*Versuch es bitte gleich noch einmal/s);

    const hostile = await alex.invoke('signin/failure', { code: '<at>everyone</at> [click](https://evil.example)' });
    assert.equal(hostile.status, 200);
    assert.match(hostile.text(), /"unknown"/);
    assert.ok(!hostile.text().includes('evil.example'));
  });

  it('no value at all is still answered', async () => {
    const bare = await alex.act({ type: 'invoke', name: 'signin/failure' });
    assert.equal(bare.status, 200);
    assert.match(bare.text(), /couldn't sign you in/);
  });
});
