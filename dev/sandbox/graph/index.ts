import type { CalendarWorld, CreateCalendarWorld, DirectoryUser, GraphRequest, MailboxSnapshot, WorldOptions } from '../http/contract';
import { defaultSeed, loadSeedFile } from '../seed';
import { mailboxKeyOf } from './access';
import { occurrenceId } from './ids';
import { instanceOfStored } from './instances';
import { calendarRoutes } from './routes';
import { storeFromSeed } from './seeding';
import type { CalendarStore, StoredEvent, StoredUser } from './store';
import { toWireEvent } from './wire';
import type { WorldState } from './world-state';

const UTC = { iana: 'UTC', name: 'UTC', applied: false };

function directoryUser(user: StoredUser): DirectoryUser {
  return {
    id: user.id,
    userPrincipalName: user.userPrincipalName,
    displayName: user.displayName,
    mail: user.mail,
    consentedScopes: [...user.consentedScopes],
  };
}

/** An event as the admin API shows it: Graph's shape in UTC, plus the series' cancelled occurrence ids. */
function snapshotEvent(event: StoredEvent): Record<string, unknown> {
  const wire = toWireEvent(instanceOfStored(event), { zone: UTC, isOrganizer: event.isOrganizer });
  const cancelled = [...new Set([...event.removedOccurrences, ...event.cancelledOccurrences])];
  return event.type === 'seriesMaster' ? { ...wire, cancelledOccurrences: cancelled.map((start) => occurrenceId(event.id, start)) } : wire;
}

function snapshotOf(store: CalendarStore, upn: string): MailboxSnapshot | undefined {
  const owner = store.findUser(upn) ?? store.findGroup(upn);
  const mailbox = owner && store.mailboxes.get(owner.id);
  if (!mailbox) return undefined;
  return {
    timeZone: mailbox.timeZone,
    events: [...mailbox.events.values()].map(snapshotEvent),
    deletedItems: mailbox.deletedItems.map(snapshotEvent),
    inbox: mailbox.inbox.map((message) => ({ ...message })),
  };
}

/**
 * The sandbox's Graph calendar: a store loaded from a seed file (or the default seed laid out
 * around `now`), the Graph routes serving it, and the directory the identity half reads.
 */
export const createCalendarWorld: CreateCalendarWorld = (options: WorldOptions): CalendarWorld => {
  const seed = options.seed ?? (options.seedFile ? loadSeedFile(options.seedFile) : defaultSeed(options.now));
  const startedAt = Date.now();
  // The sandbox's clock starts at `now` and runs with real time.
  const clock = () => new Date(options.now.getTime() + (Date.now() - startedAt));
  const state: WorldState = { store: storeFromSeed(seed, clock) };
  return {
    directory: {
      findUser: (idOrUpn) => {
        const user = state.store.findUser(idOrUpn);
        return user && directoryUser(user);
      },
      users: () => state.store.users.map(directoryUser),
      setConsent: (idOrUpn, scopes) => {
        const user = state.store.findUser(idOrUpn);
        if (user) user.consentedScopes = [...scopes];
        return !!user;
      },
      adminConsentedScopes: () => [...state.store.adminConsentedScopes],
      setAdminConsent: (scopes) => {
        state.store.adminConsentedScopes = [...scopes];
      },
    },
    routes: calendarRoutes(state),
    mailboxOf: (request: Omit<GraphRequest, 'params'>) => mailboxKeyOf(state.store, request.path, request.caller),
    snapshot: (upn) => snapshotOf(state.store, upn),
    reset: () => {
      state.store = storeFromSeed(seed, clock);
    },
  };
};

export { SeedError } from '../seed';
