/** The local Entra ID + Microsoft Graph calendar emulator. Dev and tests only: production never imports it. */
export { startSandbox, type ReadyInfo, type RunningSandbox, type SandboxOptions } from './server';
export { defaultSeed, withBusyCalendar, type BusyCalendar, type Seed } from './seed';
export type { FaultSettings, FailNextRule } from './faults';
export type { StatsReport } from './usage-stats';
export { seededRandom } from './faults/seeded-random';
