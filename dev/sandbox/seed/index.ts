export { defaultSeed, SANDBOX_TENANT_ID, DEFAULT_USER_UPN, DEFAULT_USER_ID } from './default-seed';
export { parseSeed, loadSeedFile, SeedError } from './load';
export type { Seed, SeedInput, SeedUser, SeedGroup, SeedEvent, PatternedRecurrence, DateTimeTimeZone } from './schema';
export { withBusyCalendar, type BusyCalendar } from './busy-calendar';
