import { strict as assert } from 'node:assert';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listenOnLoopback, type LoopbackListener } from '../../dev/sandbox/http/loopback-listener';
import { loadOrCreateCertificates } from '../../dev/sandbox/tls/certificates';
import { button, buttonFor, subjectsIn } from './support/cards';
import { ALEX, Stack } from './support/stack';

/**
 * The production path of telemetry: the bot process with APPLICATIONINSIGHTS_CONNECTION_STRING set
 * loads the Azure Monitor distro, whose exporter posts to the connection string's ingestion
 * endpoint (here a local HTTPS listener trusted like the sandbox; the exporter only speaks https).
 * What arrives is what Application Insights would store.
 */
describe('telemetry to Application Insights (the Azure Monitor exporter against a local ingestion endpoint)', function () {
  this.timeout(90000);
  const STATE_DIR = path.join(os.tmpdir(), 'meeting-cancel-bot-it');
  const COMMENT = 'Moved to Friday, my kid is sick';
  let ingestion: LoopbackListener;
  const posts: Array<{ path: string; body: string }> = [];
  let stack: Stack | undefined;

  before(async () => {
    // The sandbox's own CA and localhost certificate, which the bot process already trusts.
    const certificates = loadOrCreateCertificates(STATE_DIR);
    ingestion = await listenOnLoopback({ cert: certificates.serverCertPem, key: certificates.serverKeyPem }, 0, (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
        posts.push({ path: request.url ?? '', body });
        const items = body.trimStart().startsWith('[') ? JSON.parse(body).length : body.split('\n').filter(Boolean).length;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ itemsReceived: items, itemsAccepted: items, errors: [] }));
      });
    });
  });
  after(async () => {
    await stack?.stop();
    await ingestion?.close();
  });

  it('a cancel sends its turn trace (token, Graph and storage spans) and the cancel counter; no token, comment, subject or name', async () => {
    stack = await Stack.start({
      sandbox: { stateDir: STATE_DIR },
      env: {
        APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-4000-8000-0000000000a1;IngestionEndpoint=https://localhost:${ingestion.port}/`,
        STORAGE: 'memory',
      },
    });
    const alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    let page = (await alex.say('show my meetings')).card();
    let activities = 3; // typed, offer, confirm; plus each "More"
    for (let i = 0; i < 5 && !subjectsIn(page.content).includes('1:1 Alex / Megan'); i++, activities++) {
      page = (await alex.click(page.id, button(page.content, 'More'))).card();
    }
    const confirm = (await alex.click(page.id, buttonFor(page.content, '1:1 Alex / Megan'))).card();
    await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: COMMENT });

    // Stopping the bot flushes what is buffered (index.ts -> server.close -> telemetry.shutdown).
    await stack.bot.stop();
    const sent = posts.filter((p) => p.path === '/v2.1/track');
    assert.ok(sent.length > 0, `the exporter posted to the ingestion endpoint (saw: ${posts.map((p) => p.path).join(', ') || 'nothing'})`);
    // The exporter sends a JSON array of envelopes (Application Insights also accepts one per line).
    const envelopes = sent.flatMap((p) =>
      p.body.trimStart().startsWith('[')
        ? JSON.parse(p.body)
        : p.body
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l)),
    );
    const names = envelopes.map((e) => e.data?.baseData?.name).filter(Boolean);
    for (const expected of [
      'turn message',
      'token.exchange',
      // The list reads Graph a page at a time.
      'graph.listPage',
      'graph.getMeeting',
      'graph.cancelMeeting',
      'storage.write',
    ]) {
      assert.ok(names.includes(expected), `${expected} sent (sent: ${[...new Set(names)].join(', ')})`);
    }
    const metrics = envelopes.filter((e) => e.data?.baseType === 'MetricData').flatMap((e) => e.data.baseData.metrics);
    assert.deepEqual(
      metrics.filter((m: any) => m.name === 'bot.cancels').map((m: any) => m.value),
      [1],
      'one cancel counted',
    );
    assert.ok(
      envelopes.every((e) => e.iKey === '00000000-0000-4000-8000-0000000000a1'),
      "every item carries the connection string's key",
    );
    assert.ok(
      envelopes.every((e) => e.tags?.['ai.cloud.role'] === 'meeting-cancel-bot'),
      'the cloud role (service name) is the bot',
    );
    // Typed turns are messages; card clicks are Universal Actions invokes.
    const turns = envelopes.filter((e) => ['turn message', 'turn invoke adaptiveCard/action'].includes(e.data?.baseData?.name));
    assert.equal(turns.length, activities, 'every turn traced: no sampling drops one');

    const everything = sent.map((p) => p.body).join('\n');
    for (const [what, secret] of Object.entries({
      comment: COMMENT,
      subject: '1:1 Alex / Megan',
      userName: ALEX.name,
      upn: ALEX.upn,
      userId: ALEX.aadObjectId,
      jwt: 'eyJ',
      clientSecret: stack.sandbox.info.clientSecret,
    })) {
      assert.ok(!everything.includes(secret), `no ${what} in what was sent`);
    }
  });
});
