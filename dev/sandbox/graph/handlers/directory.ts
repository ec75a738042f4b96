import { GraphHttpError, type GraphRequest, type GraphResponse } from '../../http/contract';
import { queryValue } from '../query';
import type { StoredGroup } from '../store';
import type { WorldState } from '../world-state';

/** A Microsoft 365 group as the directory serializes it (resources/group.md, the properties the bot can meet). */
function wireGroup(group: StoredGroup): Record<string, unknown> {
  return {
    id: group.id,
    displayName: group.displayName,
    description: null,
    mail: group.mail,
    mailEnabled: true,
    mailNickname: group.mail.split('@')[0],
    securityEnabled: false,
    groupTypes: ['Unified'],
    visibility: 'Private',
  };
}

const GROUP_PROPERTIES = Object.keys(wireGroup({ id: '', displayName: '', mail: '', memberIds: [] }));

/** The directory's answer to an unknown $select property (Microsoft Entra's Request_BadRequest; wording as the directory gives it). */
function unknownGroupProperty(name: string): GraphHttpError {
  return new GraphHttpError(
    400,
    'Request_BadRequest',
    `Could not find a property named '${name}' on type 'Microsoft.DirectoryServices.Group'.`,
  );
}

function select(wire: Record<string, unknown>, value: string | null): Record<string, unknown> {
  if (value === null || value.trim() === '') return wire;
  const known = new Map(GROUP_PROPERTIES.map((name) => [name.toLowerCase(), name]));
  const keep = new Set<string>(['@odata.type']);
  for (const raw of value.split(',')) {
    const name = known.get(raw.trim().toLowerCase());
    if (!name) throw unknownGroupProperty(raw.trim());
    keep.add(name);
  }
  return Object.fromEntries(Object.entries(wire).filter(([key]) => keep.has(key)));
}

/**
 * GET /me/memberOf (directory objects, each with its @odata.type) and /me/memberOf/microsoft.graph.group
 * (the OData cast: groups only, context #groups, as user-list-memberof.md's examples). The sandbox's
 * directory has only groups. Direct membership, no paging (a user is in few groups here).
 */
export function listMemberOf(state: WorldState, groupsOnly: boolean) {
  return (request: GraphRequest): GraphResponse => {
    const callerId = request.caller.userId.toLowerCase();
    const fields = queryValue(request.query, '$select');
    const value = state.store.groups
      .filter((group) => group.memberIds.includes(callerId))
      .map((group) => select({ '@odata.type': '#microsoft.graph.group', ...wireGroup(group) }, fields))
      .map((wire) => (groupsOnly ? Object.fromEntries(Object.entries(wire).filter(([key]) => key !== '@odata.type')) : wire));
    const selected = fields
      ? `(${fields
          .split(',')
          .map((f) => f.trim())
          .join(',')})`
      : '';
    return {
      status: 200,
      body: { '@odata.context': `${request.baseUrl}/$metadata#${groupsOnly ? `groups${selected}` : 'directoryObjects'}`, value },
    };
  };
}
