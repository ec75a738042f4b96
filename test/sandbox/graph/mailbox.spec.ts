import assert from 'node:assert/strict';
import type { CalendarWorld } from '../../../dev/sandbox/http/contract';
import { ALEX, defaultWorld, findBySubject, graphOf, MARKETING_GROUP_ID, MEGAN, PATTI } from './support/world-calls';

describe('sandbox mailbox resources and world operations', () => {
  let world: CalendarWorld;
  let call: ReturnType<typeof graphOf>;
  beforeEach(() => {
    world = defaultWorld();
    call = graphOf(world);
  });

  it('GET /me and /users/{upn} give the directory user', async () => {
    const me = await call(ALEX, 'GET', '/me');
    assert.deepEqual(
      [me.body.id, me.body.displayName, me.body.userPrincipalName],
      ['00000000-0000-4000-8000-000000000020', 'Alex Wilber', 'AlexW@contoso.onmicrosoft.com'],
    );
    assert.equal((await call(ALEX, 'GET', '/users/MeganB@contoso.onmicrosoft.com')).body.displayName, 'Megan Bowen');
    assert.equal((await call(ALEX, 'GET', '/users/nobody@contoso.onmicrosoft.com')).status, 404);
  });

  it('GET /me/mailboxSettings gives the mailbox time zone as seeded (a Windows name)', async () => {
    const settings = await call(ALEX, 'GET', '/me/mailboxSettings');
    assert.equal(settings.body.timeZone, 'Pacific Standard Time');
    assert.equal((await call(MEGAN, 'GET', '/users/AlexW@contoso.onmicrosoft.com/mailboxSettings')).status, 403);
    assert.equal((await call(PATTI, 'GET', '/users/AlexW@contoso.onmicrosoft.com/mailboxSettings')).body.timeZone, 'Pacific Standard Time');
  });

  it('lists calendars (default + Projects) and calendar groups', async () => {
    const calendars = (await call(ALEX, 'GET', '/me/calendars')).body.value;
    assert.deepEqual(
      calendars.map((c: any) => [c.name, c.isDefaultCalendar]),
      [
        ['Calendar', true],
        ['Projects', false],
      ],
    );
    const groups = (await call(ALEX, 'GET', '/me/calendarGroups')).body.value;
    assert.deepEqual(
      groups.map((g: any) => g.name),
      ['My Calendars'],
    );
    const inGroup = (await call(ALEX, 'GET', `/me/calendarGroups/${groups[0].id}/calendars`)).body.value;
    assert.equal(inGroup.length, 2);
    assert.equal((await call(ALEX, 'GET', '/me/calendar')).body.id, calendars[0].id);
    assert.equal((await call(ALEX, 'GET', `/groups/${MARKETING_GROUP_ID}/calendar`)).body.name, 'Calendar');
  });

  it('mailboxOf names the mailbox a request targets (for the 4-concurrent limit)', () => {
    const request = (path: string) => ({
      method: 'GET',
      path,
      version: 'v1.0' as const,
      query: new URLSearchParams(),
      headers: {},
      body: undefined,
      caller: MEGAN,
      baseUrl: '',
    });
    assert.equal(world.mailboxOf(request('/me/calendarView')), MEGAN.userId);
    assert.equal(world.mailboxOf(request('/users/AlexW@contoso.onmicrosoft.com/events/x/cancel')), ALEX.userId);
    assert.equal(world.mailboxOf(request('/users/00000000-0000-4000-8000-000000000020/calendarView')), ALEX.userId);
    assert.equal(world.mailboxOf(request(`/groups/${MARKETING_GROUP_ID}/events`)), MARKETING_GROUP_ID);
    assert.equal(world.mailboxOf(request('/$batch')), undefined);
  });

  it('reset() goes back to the seed with the same ids', async () => {
    const before = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    await call(ALEX, 'POST', `/me/events/${before[0].id}/cancel`, { body: { comment: 'x' } });
    assert.deepEqual(await findBySubject(call, ALEX, '1:1 Alex / Megan'), []);
    world.reset();
    const after = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    assert.equal(after[0].id, before[0].id);
    assert.deepEqual(world.snapshot('MeganB@contoso.onmicrosoft.com')!.inbox, []);
  });

  it('snapshot(upn) shows events, Deleted Items and inbox; undefined for an unknown mailbox', () => {
    const alex = world.snapshot('alexw@contoso.onmicrosoft.com')!;
    assert.ok(alex.events.length >= 8);
    assert.deepEqual([alex.deletedItems, alex.inbox], [[], []]);
    assert.equal(world.snapshot('nobody@contoso.onmicrosoft.com'), undefined);
  });
});
