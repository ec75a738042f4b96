import assert from 'node:assert/strict';
import { defaultSeed, startSandbox, type ReadyInfo, type RunningSandbox, type Seed } from '../../../dev/sandbox';
import { graphTokenFor, requestSandbox, type SandboxResponse } from '../support/https-client';
import { TEST_STATE_DIR } from '../support/sandbox-fixture';
import { NOW } from './support/world-calls';

const DOMAIN = 'contoso.onmicrosoft.com';
const ALEX = `AlexW@${DOMAIN}`;
const MEGAN = `MeganB@${DOMAIN}`;
const ADELE = `AdeleV@${DOMAIN}`;
const OWN_SCOPES =
  'https://graph.microsoft.com/Calendars.ReadWrite https://graph.microsoft.com/User.Read https://graph.microsoft.com/MailboxSettings.Read';
const WINDOW = 'startDateTime=2026-03-05T00:00:00Z&endDateTime=2026-03-12T00:00:00Z&$top=100';
const DENIED = { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' };

/**
 * A custom calendar shared on its own (outlook-get-shared-events-calendars.md, "Get shared, custom
 * calendar or its events from share recipient's mailbox"): Alex shares Projects with Megan (write)
 * and Adele (read). Each has a copy in their calendar list, by the calendar's own name, reached with
 * their own-calendar permissions; the permission is on that calendar alone.
 */
describe('sandbox Graph: a custom calendar shared with other users', function () {
  this.timeout(30000);
  let sandbox: RunningSandbox;
  let info: ReadyInfo;
  const base = defaultSeed(NOW);
  const seed: Seed = {
    ...base,
    users: base.users.map((user) =>
      user.userPrincipalName === ALEX
        ? {
            ...user,
            calendars: user.calendars.map((c) =>
              c.name === 'Projects'
                ? {
                    ...c,
                    calendarPermissions: [
                      { emailAddress: { address: MEGAN, name: 'Megan Bowen' }, role: 'write' as const },
                      { emailAddress: { address: ADELE, name: 'Adele Vance' }, role: 'read' as const },
                    ],
                  }
                : c,
            ),
          }
        : user,
    ),
  };

  before(async () => {
    sandbox = await startSandbox({ stateDir: TEST_STATE_DIR, now: NOW, seed });
    info = sandbox.info;
  });
  after(() => sandbox.stop());
  beforeEach(() => requestSandbox(info, 'POST', `${info.admin}/reset`));

  const call = (method: 'GET' | 'POST', token: string, path: string): Promise<SandboxResponse> =>
    requestSandbox(info, method, `${info.graph}${path}`, {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(method === 'POST' ? { body: '{}' } : {}),
    });
  const copyOf = async (token: string) =>
    (await call('GET', token, '/me/calendars?$select=id,name,owner,canEdit,canShare,isDefaultCalendar')).json.value.find(
      (c: any) => c.owner.address === ALEX,
    );
  const refusal = (response: SandboxResponse) => [
    response.status,
    { code: response.json.error.code, message: response.json.error.message },
  ];

  it('each share recipient lists a copy named as the calendar is, owner Alex, canEdit by their role, never canShare', async () => {
    const megan = await copyOf(await graphTokenFor(info, MEGAN, OWN_SCOPES));
    const adele = await copyOf(await graphTokenFor(info, ADELE, OWN_SCOPES));
    assert.deepEqual([megan.name, megan.canEdit, megan.canShare, megan.isDefaultCalendar], ['Projects', true, false, false]);
    assert.deepEqual([adele.name, adele.canEdit, adele.canShare], ['Projects', false, false]);
    assert.notEqual(megan.id, adele.id, 'each copy has its own id');
  });

  it("the copy reads and cancels in Alex's Projects calendar with the recipient's own-calendar permissions; his primary calendar stays closed", async () => {
    const token = await graphTokenFor(info, MEGAN, OWN_SCOPES);
    const copy = await copyOf(token);
    const view = await call('GET', token, `/me/calendars/${copy.id}/calendarView?${WINDOW}`);
    const subjects = view.json.value.map((e: any) => e.subject);
    assert.ok(subjects.includes('Budget review'), JSON.stringify(subjects));
    assert.ok(!subjects.includes('Interview: frontend candidate'), 'only the shared calendar, not his primary one');
    assert.deepEqual(refusal(await call('GET', token, `/users/${ALEX}/calendar/calendarView?${WINDOW}`)), [403, DENIED]);
    const budget = view.json.value.find((e: any) => e.subject === 'Budget review');
    assert.equal((await call('POST', token, `/me/calendars/${copy.id}/events/${budget.id}/cancel`)).status, 202);
  });

  it('a recipient with read access reads through the copy and is refused the cancel (403), nothing changes', async () => {
    const token = await graphTokenFor(info, ADELE, OWN_SCOPES);
    const copy = await copyOf(token);
    const view = await call('GET', token, `/me/calendars/${copy.id}/calendarView?${WINDOW}`);
    const budget = view.json.value.find((e: any) => e.subject === 'Budget review');
    assert.ok(budget);
    assert.deepEqual(refusal(await call('POST', token, `/me/calendars/${copy.id}/events/${budget.id}/cancel`)), [403, DENIED]);
    const again = await call('GET', token, `/me/calendars/${copy.id}/calendarView?${WINDOW}`);
    assert.ok(again.json.value.some((e: any) => e.subject === 'Budget review'));
  });
});
