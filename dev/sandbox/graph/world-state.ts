import type { Caller } from '../http/contract';
import type { CalendarStore } from './store';

/** The live store behind the routes; reset() swaps it for a fresh load of the seed. */
export interface WorldState {
  store: CalendarStore;
}

/** `users('<id>')` or `groups('<id>')`, as Graph's @odata.context names the mailbox owner. */
export function contextOwner(state: WorldState, ownerId: string, caller: Caller): string {
  const kind = state.store.findGroup(ownerId) ? 'groups' : 'users';
  return `${kind}('${kind === 'users' && ownerId === caller.userId ? caller.upn : ownerId}')`;
}
