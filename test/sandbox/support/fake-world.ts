import type { CalendarWorld, DirectoryUser, GraphRequest, GraphRoute } from '../../../dev/sandbox/http/contract';

/**
 * A small stand-in for the Graph half: enough routes to exercise routing, auth, scopes, bodies,
 * throttling and faults without depending on the real calendar. Records what handlers saw.
 */
export interface FakeWorld extends CalendarWorld {
  handled: GraphRequest[];
  resets: number;
}

const SEEDED: DirectoryUser[] = [
  {
    id: '00000000-0000-4000-8000-000000000020',
    userPrincipalName: 'AlexW@contoso.onmicrosoft.com',
    displayName: 'Alex Wilber',
    mail: 'AlexW@contoso.onmicrosoft.com',
    consentedScopes: ['Calendars.ReadWrite', 'User.Read', 'MailboxSettings.Read'],
  },
  {
    id: '00000000-0000-4000-8000-000000000025',
    userPrincipalName: 'LynneR@contoso.onmicrosoft.com',
    displayName: 'Lynne Robbins',
    mail: 'LynneR@contoso.onmicrosoft.com',
    consentedScopes: [],
  },
];

export function createFakeWorld(): FakeWorld {
  let users = SEEDED.map((user) => ({ ...user }));
  let adminConsent: string[] = [];
  const find = (idOrUpn: string): DirectoryUser | undefined =>
    users.find((user) => user.id.toLowerCase() === idOrUpn.toLowerCase() || user.userPrincipalName.toLowerCase() === idOrUpn.toLowerCase());
  const world: FakeWorld = {
    handled: [],
    resets: 0,
    directory: {
      findUser: find,
      users: () => users,
      setConsent(idOrUpn, scopes) {
        const user = find(idOrUpn);
        if (user) user.consentedScopes = [...scopes];
        return Boolean(user);
      },
      adminConsentedScopes: () => [...adminConsent],
      setAdminConsent(scopes) {
        adminConsent = [...scopes];
      },
    },
    routes: [],
    mailboxOf: (request) => (/^\/me(\/|$)/i.test(request.path) ? request.caller.userId : undefined),
    snapshot: (upn) => (find(upn) ? { timeZone: 'UTC', events: [], deletedItems: [], inbox: [] } : undefined),
    reset() {
      users = SEEDED.map((user) => ({ ...user }));
      adminConsent = [];
      world.resets += 1;
    },
  };
  const route = (
    method: GraphRoute['method'],
    pattern: string,
    scope: GraphRoute['scope'],
    respond: (request: GraphRequest) => ReturnType<GraphRoute['handle']>,
  ): GraphRoute => ({
    method,
    pattern,
    scope,
    handle(request) {
      world.handled.push(request);
      return respond(request);
    },
  });
  world.routes = [
    route('GET', '/me', 'User.Read', (request) => ({
      status: 200,
      body: { id: request.caller.userId, userPrincipalName: request.caller.upn },
    })),
    route('GET', '/me/calendarView', 'Calendars.Read', (request) => ({ status: 200, body: { value: [], baseUrl: request.baseUrl } })),
    route('GET', '/me/events/{eventId}', 'Calendars.Read', (request) => ({ status: 200, body: { id: request.params.eventId } })),
    route('POST', '/me/events/{eventId}/cancel', 'Calendars.ReadWrite', () => ({ status: 202 })),
    route('DELETE', '/me/events/{eventId}', 'Calendars.ReadWrite', () => ({ status: 204 })),
  ];
  return world;
}
