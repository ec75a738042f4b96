import type { Storage } from 'botbuilder';
import type { CalendarService } from '../calendar/calendar-service';
import { tracedCalendar, tracedStorage, tracedTokens, type TokenSource } from './traced';
import { tracedTurns, type TurnRunner } from './turns';

/**
 * The bot's telemetry, as composition sees it: wrappers that add spans and counters to the turn
 * runner, the Graph calendar, the token source and storage, or hand them back untouched when
 * telemetry is off. Everything else only calls `countOutcome`. Moving to another SDK (the
 * Microsoft 365 Agents SDK) changes this folder, not its callers.
 */
export interface Telemetry {
  readonly enabled: boolean;
  turns<T extends TurnRunner>(app: T): T;
  calendar(calendar: CalendarService): CalendarService;
  tokens<T extends TokenSource>(tokens: T): T;
  storage(storage: Storage): Storage;
  /** Sends what is buffered and stops; call once when the process stops. */
  shutdown(): Promise<void>;
}

export interface TelemetrySettings {
  /** Application Insights: APPLICATIONINSIGHTS_CONNECTION_STRING. */
  connectionString: string;
}

/** Nothing is wrapped and nothing is loaded: no cost when off. */
export const telemetryOff: Telemetry = {
  enabled: false,
  turns: (app) => app,
  calendar: (calendar) => calendar,
  tokens: (tokens) => tokens,
  storage: (storage) => storage,
  shutdown: async () => {},
};

/** Spans and counters through the global OpenTelemetry providers, whoever registered them (Azure Monitor, a test). */
export function telemetryOn(shutdown: () => Promise<void> = async () => {}): Telemetry {
  return { enabled: true, turns: tracedTurns, calendar: tracedCalendar, tokens: tracedTokens, storage: tracedStorage, shutdown };
}

/**
 * Application Insights through the Azure Monitor OpenTelemetry distro when a connection string is
 * configured; otherwise off, and the distro is not even loaded (it would start nothing, but its
 * import alone costs memory and start time). Only our own spans are recorded: the distro's
 * automatic HTTP and Azure SDK instrumentation is off because it patches modules that are already
 * loaded by now (half-instrumented is worse than not) and would copy request URLs into spans.
 */
export async function startTelemetry(settings: TelemetrySettings | undefined): Promise<Telemetry> {
  if (!settings) return telemetryOff;
  const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  const { resourceFromAttributes } = await import('@opentelemetry/resources');
  const off = { enabled: false };
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString: settings.connectionString },
    // The cloud role Application Insights groups by (else "unknown_service:node").
    resource: resourceFromAttributes({ 'service.name': 'meeting-cancel-bot' }),
    // Every turn is traced: a bot has few, and the distro's default (5 traces a second, then
    // sampling) would drop whole turns at a burst, with the cancel that happened in them.
    tracesPerSecond: 0,
    samplingRatio: 1,
    enableLiveMetrics: false,
    instrumentationOptions: {
      http: off,
      azureSdk: off,
      mongoDb: off,
      mySql: off,
      postgreSql: off,
      redis: off,
      redis4: off,
      bunyan: off,
      winston: off,
    },
  });
  return telemetryOn(shutdownAzureMonitor);
}

export { countOutcome, type Outcome } from './instruments';
