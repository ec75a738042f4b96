import { strict as assert } from 'node:assert';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { ALEX, stackForSuite } from './support/stack';

const DOMAIN = 'contoso.onmicrosoft.com';
const DIEGO = { aadObjectId: '00000000-0000-4000-8000-000000000026', name: 'Diego Siciliani', upn: `DiegoS@${DOMAIN}` };

/**
 * A read of the calendar that Microsoft 365 refuses or does not answer is said as what it is: never
 * "something went wrong on my side", never "the meeting is gone". Diego has no Exchange Online
 * mailbox (unlicensed or on-premises): Graph answers his calendar requests 404 MailboxNotEnabledForRESTAPI.
 */
describe('reading the calendar fails in Microsoft 365 (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const base = defaultSeed(new Date());
  const seed: Seed = {
    ...base,
    users: [
      ...base.users,
      {
        id: DIEGO.aadObjectId,
        displayName: DIEGO.name,
        userPrincipalName: DIEGO.upn,
        mail: DIEGO.upn,
        consented: true,
        mailboxSettings: { timeZone: 'Pacific Standard Time' },
        exchangeOnline: false,
        calendars: [],
        calendarPermissions: [],
      },
    ],
  };
  const stack = stackForSuite({ sandbox: { seed } });
  const alex = () => stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });

  it('a user without an Exchange Online mailbox hears why, in English and German, and no card is shown', async () => {
    for (const [locale, expected] of [
      [
        'en-US',
        /^Microsoft 365 says the mailbox of this calendar can't be used: it is inactive, hosted on-premises, or has no Exchange Online license\./,
      ],
      ['de-DE', /^Laut Microsoft 365 ist das Postfach dieses Kalenders nicht nutzbar/],
    ] as const) {
      const diego = stack().channel.user({ ...DIEGO, localTimezone: 'America/Los_Angeles', locale });
      for (const text of [locale === 'de-DE' ? 'zeig meine Termine' : 'show my meetings', 'cancel my standup tomorrow']) {
        const turn = await diego.say(text);
        assert.match(turn.text(), expected, text);
        assert.equal(turn.sent.filter((a) => a.attachments?.length).length, 0);
      }
    }
  });

  it('Graph down or throttling while reading: says Microsoft 365 did not answer, not that the bot failed; the next try works', async () => {
    await alex().say('show my meetings');
    await stack().admin('POST', '/faults', {
      failNext: [{ path: '/calendarView', method: 'GET', status: 503, count: 10 }],
      retryAfterSeconds: 0,
    });
    const down = await alex().say('show my meetings');
    assert.match(down.text(), /^I couldn't reach Microsoft 365 to read the calendar\. Please try again in a moment\.$/);
    assert.doesNotMatch(down.text(), /on my side/);
    await stack().admin('POST', '/faults', {
      failNext: [{ path: '/calendarView', method: 'GET', status: 429, count: 10 }],
      retryAfterSeconds: 0,
    });
    const busy = await alex().say('cancel my standup tomorrow');
    assert.match(busy.text(), /^Microsoft 365 is busy right now, so I can't read the calendar\. Please try again in a minute\.$/);
    await stack().admin('POST', '/faults', { failNext: [] });
    const again = await alex().say('show my meetings');
    assert.ok(again.card(), 'the list comes back once Graph answers');
  });
});
