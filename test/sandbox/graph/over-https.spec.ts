import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { startSandbox, type ReadyInfo, type RunningSandbox } from '../../../dev/sandbox';
import { requestSandbox } from '../support/https-client';
import { TEST_STATE_DIR } from '../support/sandbox-fixture';
import { NOW } from './support/world-calls';

/**
 * The real calendar world behind the real sandbox server, driven by the unmodified client
 * libraries in a child process that trusts the sandbox CA through NODE_EXTRA_CA_CERTS.
 */
describe('sandbox Graph calendar over HTTPS (MSAL OBO + @microsoft/microsoft-graph-client)', () => {
  let sandbox: RunningSandbox;
  let info: ReadyInfo;
  let results: Record<string, any>;
  const mailbox = async (upn: string) => (await requestSandbox(info, 'GET', `${info.admin}/mailboxes/${upn}`)).json;

  before(async () => {
    sandbox = await startSandbox({ stateDir: TEST_STATE_DIR, now: NOW });
    info = sandbox.info;
    const probe = path.join(__dirname, 'support', 'calendar-probe.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--require', 'tsx/cjs', probe], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: info.caCert, SANDBOX_READY: JSON.stringify(info) },
      timeout: 60_000,
    });
    results = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
  });
  after(() => sandbox.stop());

  it('graph-facts.md "follow it as given": the https nextLink carries $skip and PageIterator walks every page', () => {
    assert.ok(results.firstPageNextLink.startsWith(`${info.graph}/me/calendarView?`));
    assert.ok(results.firstPageNextLink.includes('$skip=3'));
    assert.ok(results.paged.length > 6, 'more than two pages of three');
    assert.equal(results.secondPage.length, 3);
  });

  it('user-list-calendarview.md: Prefer outlook.timezone gives local times (PageIterator needs it again for later pages): the standup is 15:00 Pacific across DST', () => {
    const standups = results.paged.filter((line: string) => line.endsWith('Daily standup'));
    assert.equal(standups.length, 5);
    assert.ok(
      standups.every((line: string) => line.includes('T15:00:00.0000000 Pacific Standard Time')),
      standups.join('\n'),
    );
  });

  it('event-cancel.md "202 Accepted ... nothing in the response body": the client resolves; the old id is then 404 ErrorItemNotFound', () => {
    assert.deepEqual(results.cancelOccurrence, { ok: true });
    assert.deepEqual([results.afterCancel.statusCode, results.afterCancel.code], [404, 'ErrorItemNotFound']);
  });

  it('event-cancel.md: an attendee gets HTTP 400 "You need to be an organizer to cancel a meeting."', () => {
    assert.equal(results.attendeeCancel.statusCode, 400);
    assert.equal(results.attendeeCancel.message, "Your request can't be completed. You need to be an organizer to cancel a meeting.");
  });

  it('event-decline.md: 202, and the organizer receives the response; attendees receive the cancellation with its comment', async () => {
    assert.deepEqual(results.decline, { ok: true });
    const megan = await mailbox('MeganB@contoso.onmicrosoft.com');
    assert.ok(megan.inbox.some((m: any) => m.subject === 'Canceled: Daily standup' && m.comment === 'Team holiday'));
    assert.ok(megan.inbox.some((m: any) => m.subject === 'Declined: All hands' && m.comment === 'Out that day'));
  });

  it('the missing window is a GraphError 400 ErrorInvalidParameter; mailboxSettings gives the Windows zone', () => {
    assert.deepEqual([results.missingWindow.statusCode, results.missingWindow.code], [400, 'ErrorInvalidParameter']);
    assert.equal(results.mailboxZone, 'Pacific Standard Time');
  });
});
