import { strict as assert } from 'node:assert';
import { context, metrics, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { AggregationTemporality, InMemoryMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { MemoryStorage, type TurnContext } from 'botbuilder';
import { OutcomeUnknownError, ThrottledError } from '../../../src/calendar/errors';
import { confirmCancel, confirmDecline, offerCancel, offerDecline, type FlowDeps, type FlowUser, KnownCalendars } from '../../../src/flows';
import { ConversationMemory, Sealer, TicketStore } from '../../../src/state';
import { telemetryOff, telemetryOn } from '../../../src/telemetry';
import { FakeCalendar, meeting } from '../flows/fake-calendar';

const NOW = new Date('2026-12-01T18:00:00Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();
const user: FlowUser = {
  id: '00000000-0000-4000-8000-000000000020',
  tenantId: '00000000-0000-4000-8000-000000000001',
  conversationId: 'a:conversation-1',
  locale: 'en-US',
  timeZone: 'America/Los_Angeles',
};
// What must never reach a span or a metric.
const SECRETS = {
  accessToken: 'eyJ0eXAiOiJKV1QiLCJhbGciOi.GRAPH-ACCESS-TOKEN',
  ssoToken: 'eyJ0eXAiOiJKV1QiLCJhbGciOi.TEAMS-SSO-ASSERTION',
  comment: 'Moved to Friday, my kid is sick',
  subject: 'Layoff planning with HR',
  text: 'cancel the layoff planning with HR',
};

/**
 * The bot's spans and counters through the OpenTelemetry SDK with in-memory exporters: the same
 * global providers Azure Monitor registers in production, so what is asserted here is what goes to
 * Application Insights.
 */
describe('telemetry (OpenTelemetry, in-memory exporters)', () => {
  const spans = new InMemorySpanExporter();
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3_600_000 });
  const contextManager = new AsyncLocalStorageContextManager();
  let meterProvider: MeterProvider;

  before(() => {
    context.setGlobalContextManager(contextManager.enable());
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }));
    meterProvider = new MeterProvider({ readers: [reader] });
    metrics.setGlobalMeterProvider(meterProvider);
  });
  after(async () => {
    await meterProvider.shutdown();
    trace.disable();
    metrics.disable();
    context.disable();
  });
  beforeEach(() => spans.reset());

  function setup() {
    const telemetry = telemetryOn();
    const calendar = new FakeCalendar([
      meeting({ id: 'AAMkAGI2-yours', subject: SECRETS.subject, start: at(2), end: at(3) }),
      meeting({
        id: 'AAMkAGI2-theirs',
        subject: 'Town hall',
        start: at(4),
        end: at(5),
        isOrganizer: false,
        organizer: { name: 'Megan Bowen', email: 'MeganB@contoso.onmicrosoft.com' },
      }),
    ]);
    const storage = telemetry.storage(new MemoryStorage());
    const deps: FlowDeps = {
      calendar: telemetry.calendar(calendar),
      signOut: async () => undefined,
      tickets: new TicketStore(storage, Sealer.ephemeral()),
      memory: new ConversationMemory(storage),
      knownCalendars: new KnownCalendars(),
      settings: { horizonDays: 7, pageSize: 5, commentMaxLength: 500 },
      now: NOW,
    };
    const identity = {
      signOuts: 0,
      async cached(_user: object): Promise<string | undefined> {
        return undefined;
      },
      async exchange(_user: object, _sso: string): Promise<string> {
        return SECRETS.accessToken;
      },
      async signOut(_user: object) {
        this.signOuts++;
      },
    };
    return { telemetry, calendar, deps, tokens: telemetry.tokens(identity), identity };
  }

  function turnContext(activity: Record<string, unknown>): TurnContext {
    return { activity: { channelId: 'msteams', ...activity } } as unknown as TurnContext;
  }

  async function counted(): Promise<Map<string, number>> {
    await reader.forceFlush();
    const totals = new Map<string, number>();
    for (const resource of metricExporter.getMetrics().slice(-1)) {
      for (const scope of resource.scopeMetrics) {
        for (const metric of scope.metrics) {
          totals.set(
            metric.descriptor.name,
            metric.dataPoints.reduce((sum, point) => sum + Number(point.value), 0),
          );
        }
      }
    }
    return totals;
  }

  function everything(finished: ReadableSpan[]): string {
    return JSON.stringify(finished.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })));
  }

  it('one trace per turn: token, Graph and storage spans under the turn span, with kinds only', async () => {
    const { telemetry, deps, tokens } = setup();
    const app = telemetry.turns({
      run: async (_context: TurnContext) => {
        await tokens.cached(user);
        await tokens.exchange(user, SECRETS.ssoToken);
        const offer = await offerCancel(deps, user, 'AAMkAGI2-yours');
        assert.ok('ticket' in offer);
        await confirmCancel(deps, user, (offer as { ticket: string }).ticket, 'occurrence', SECRETS.comment);
        return true;
      },
    });
    const handled = await app.run(
      turnContext({ type: 'message', text: SECRETS.text, value: { verb: 'confirmCancel', comment: SECRETS.comment } }),
    );
    assert.equal(handled, true, 'the turn runs as before');

    const finished = spans.getFinishedSpans();
    const root = finished.find((s) => s.name === 'turn message');
    assert.ok(root, `a turn span among ${finished.map((s) => s.name).join(', ')}`);
    assert.equal(root.kind, SpanKind.SERVER);
    assert.deepEqual(root.attributes, { 'activity.type': 'message', 'card.verb': 'confirmCancel', 'channel.id': 'msteams' });
    const names = finished.map((s) => s.name);
    for (const expected of ['token.silent', 'token.exchange', 'graph.getMeeting', 'graph.cancelMeeting', 'storage.read', 'storage.write']) {
      assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
    }
    const traceId = root.spanContext().traceId;
    for (const span of finished) {
      assert.equal(span.spanContext().traceId, traceId, `${span.name} belongs to the turn's trace`);
      if (span !== root) assert.equal(span.parentSpanContext?.spanId, root.spanContext().spanId, `${span.name} is a child of the turn`);
    }
    assert.equal(finished.find((s) => s.name === 'token.silent')?.attributes['token.cache_hit'], false);
    const writes = finished.filter((s) => s.name === 'storage.write').map((s) => s.attributes['storage.area']);
    assert.ok(writes.includes('tickets'), `storage areas named: ${writes.join(', ')}`);

    const all = everything(finished);
    for (const [what, secret] of Object.entries({
      ...SECRETS,
      userId: user.id,
      conversation: user.conversationId,
      meetingId: 'AAMkAGI2',
    })) {
      assert.ok(!all.includes(secret), `no ${what} in any span`);
    }
  });

  it('a failed call marks its span with the error class, never the message (it can quote the meeting)', async () => {
    const { telemetry, calendar } = setup();
    await assert.rejects(telemetry.calendar(calendar).getMeeting(`${SECRETS.subject} does not exist`));
    const failed = spans.getFinishedSpans().filter((s) => s.name === 'graph.getMeeting');
    assert.equal(failed.length, 1);
    assert.equal(failed[0].status.code, SpanStatusCode.ERROR);
    assert.equal(failed[0].attributes['error.type'], 'MeetingNotFoundError');
    assert.ok(!everything(failed).includes(SECRETS.subject));
  });

  it('counts cancels, declines, refusals, throttles and uncertain outcomes, with no secrets in their attributes', async () => {
    const before = await counted();
    const { deps, calendar } = setup();
    const cancel = await offerCancel(deps, user, 'AAMkAGI2-yours');
    await confirmCancel(deps, user, (cancel as { ticket: string }).ticket, 'occurrence', SECRETS.comment);
    // Not the organizer: Graph refuses the cancel; the user declines instead.
    const refused = await offerCancel(deps, user, 'AAMkAGI2-theirs');
    const outcome = await confirmCancel(deps, user, (refused as { ticket: string }).ticket, 'occurrence', SECRETS.comment);
    assert.equal(outcome.kind, 'outcome');
    const decline = await offerDecline(deps, user, 'AAMkAGI2-theirs');
    await confirmDecline(deps, user, (decline as { ticket: string }).ticket, SECRETS.comment);
    calendar.meetings.push(meeting({ id: 'AAMkAGI2-busy', subject: 'Busy', start: at(6), end: at(7) }));
    calendar.failCancels.push(new ThrottledError(30));
    const busy = await offerCancel(deps, user, 'AAMkAGI2-busy');
    await confirmCancel(deps, user, (busy as { ticket: string }).ticket, 'occurrence', SECRETS.comment);
    // The answer to a cancel is lost: uncertain, whatever the re-read then finds.
    calendar.meetings.push(meeting({ id: 'AAMkAGI2-lost', subject: 'Lost', start: at(8), end: at(9) }));
    calendar.failCancels.push(new OutcomeUnknownError('Graph answered 504 (GatewayTimeout)'));
    const lost = await offerCancel(deps, user, 'AAMkAGI2-lost');
    await confirmCancel(deps, user, (lost as { ticket: string }).ticket, 'occurrence', SECRETS.comment);

    const after = await counted();
    const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
    assert.deepEqual(
      ['bot.cancels', 'bot.declines', 'bot.refusals', 'bot.throttles', 'bot.uncertain_outcomes'].map((name) => [name, delta(name)]),
      [
        ['bot.cancels', 1],
        ['bot.declines', 1],
        ['bot.refusals', 1],
        ['bot.throttles', 1],
        ['bot.uncertain_outcomes', 1],
      ],
    );
    const exported = JSON.stringify(metricExporter.getMetrics());
    for (const [what, secret] of Object.entries({ ...SECRETS, userId: user.id, meetingId: 'AAMkAGI2' })) {
      assert.ok(!exported.includes(secret), `no ${what} in any metric`);
    }
  });

  it('the traced token source is the same object otherwise; a sign-in replay is a child turn, not a new trace', async () => {
    const { telemetry, tokens, identity } = setup();
    await tokens.signOut(user);
    assert.equal(identity.signOuts, 1, 'other methods still reach the object');
    const inner = telemetry.turns({ run: async (_context: TurnContext) => true });
    const outer = telemetry.turns({ run: async (ctx: TurnContext) => inner.run(ctx) });
    await outer.run(turnContext({ type: 'invoke', name: 'signin/tokenExchange', value: { id: 'x', token: SECRETS.ssoToken } }));
    const [child, parent] = spans.getFinishedSpans();
    assert.deepEqual([parent.name, child.name], ['turn invoke signin/tokenExchange', 'turn invoke signin/tokenExchange']);
    assert.equal(child.parentSpanContext?.spanId, parent.spanContext().spanId);
    assert.equal(child.kind, SpanKind.INTERNAL);
    assert.ok(!everything(spans.getFinishedSpans()).includes(SECRETS.ssoToken));
  });

  it('off: every wrapper hands back the very object it was given', () => {
    const storage = new MemoryStorage();
    const app = { run: async () => true };
    assert.equal(telemetryOff.storage(storage), storage);
    assert.equal(telemetryOff.turns(app), app);
    assert.equal(telemetryOff.enabled, false);
  });
});
