import assert from 'node:assert/strict';
import { InteractionRequiredAuthError } from '@azure/msal-node';
import { startSandbox, type ReadyInfo, type RunningSandbox } from '../../../dev/sandbox';
import { adminPost, graphTokenFor, requestSandbox, ssoToken, tokenRequest, type SandboxResponse } from '../support/https-client';
import { msalClient, TEST_STATE_DIR } from '../support/sandbox-fixture';
import { NOW } from './support/world-calls';

const DOMAIN = 'contoso.onmicrosoft.com';
const ALEX = `AlexW@${DOMAIN}`;
const MEGAN = `MeganB@${DOMAIN}`;
const ADELE = `AdeleV@${DOMAIN}`;
const PATTI = `PattiF@${DOMAIN}`;
const LYNNE = `LynneR@${DOMAIN}`;
const MARKETING = '00000000-0000-4000-8000-000000000040';
const OWN_SCOPES =
  'https://graph.microsoft.com/Calendars.ReadWrite https://graph.microsoft.com/User.Read https://graph.microsoft.com/MailboxSettings.Read';
const SHARED = 'https://graph.microsoft.com/Calendars.ReadWrite.Shared';
const WINDOW = 'startDateTime=2026-03-05T00:00:00Z&endDateTime=2026-03-12T00:00:00Z&$top=100';
const DENIED = { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' };

/** The delegated permissions in a token's `scp`. */
const scopesOf = (token: string): string[] => String(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).scp).split(' ');

/**
 * Issue 14's path families over HTTPS with real tokens: the user's own calendars (default, secondary,
 * through a calendar group), another user's as their delegate (with and without
 * Calendars.ReadWrite.Shared), a group's (member, non-member), private events, discovery
 * (/me/calendars, /me/memberOf) and consent per permission; each alone and as $batch steps.
 */
describe("sandbox Graph: other people's and group calendars (permissions, delegation, membership, consent)", function () {
  this.timeout(30000);
  let sandbox: RunningSandbox;
  let info: ReadyInfo;
  const tokens: Record<string, string> = {};

  before(async () => {
    sandbox = await startSandbox({ stateDir: TEST_STATE_DIR, now: NOW });
    info = sandbox.info;
  });
  after(() => sandbox.stop());
  beforeEach(async () => {
    await requestSandbox(info, 'POST', `${info.admin}/reset`);
    // .default: the bot's configured permissions this user or the admin consented to.
    tokens.alex = await graphTokenFor(info, ALEX);
    tokens.alexOwn = await graphTokenFor(info, ALEX, OWN_SCOPES);
    tokens.patti = await graphTokenFor(info, PATTI);
    tokens.pattiOwn = await graphTokenFor(info, PATTI, OWN_SCOPES);
    tokens.megan = await graphTokenFor(info, MEGAN);
    tokens.adele = await graphTokenFor(info, ADELE);
  });

  const get = (token: string, path: string): Promise<SandboxResponse> =>
    requestSandbox(info, 'GET', `${info.graph}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const post = (token: string, path: string, body: unknown = {}): Promise<SandboxResponse> =>
    requestSandbox(info, 'POST', `${info.graph}${path}`, {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const batch = async (token: string, steps: { id: string; method: string; url: string; body?: unknown }[]) => {
    const response = await post(token, '/$batch', {
      requests: steps.map((s) => (s.body === undefined ? s : { ...s, headers: { 'Content-Type': 'application/json' } })),
    });
    assert.equal(response.status, 200);
    return new Map<string, { status: number; body: any }>(response.json.responses.map((r: any) => [r.id, r]));
  };
  const subjects = (response: SandboxResponse): string[] => response.json.value.map((e: any) => e.subject);
  const refusal = (response: { status: number; body?: any; json?: any }) => {
    const body = response.json ?? response.body;
    return [response.status, { code: body.error.code, message: body.error.message }];
  };

  describe('own calendars', () => {
    it('default, secondary (/me/calendars/{id}) and through the calendar group answer with the own-calendar permissions only', async () => {
      const calendars = (await get(tokens.alexOwn, '/me/calendars')).json.value;
      const projects = calendars.find((c: any) => c.name === 'Projects');
      const group = (await get(tokens.alexOwn, '/me/calendarGroups')).json.value[0];
      assert.ok(subjects(await get(tokens.alexOwn, `/me/calendar/calendarView?${WINDOW}`)).includes('1:1 Alex / Megan'));
      assert.deepEqual(subjects(await get(tokens.alexOwn, `/me/calendars/${projects.id}/calendarView?${WINDOW}`)), ['Budget review']);
      assert.deepEqual(
        subjects(await get(tokens.alexOwn, `/me/calendarGroups/${group.id}/calendars/${projects.id}/calendarView?${WINDOW}`)),
        ['Budget review'],
      );
      const [budget] = (await get(tokens.alexOwn, `/me/calendars/${projects.id}/calendarView?${WINDOW}`)).json.value;
      assert.equal((await post(tokens.alexOwn, `/me/calendars/${projects.id}/events/${budget.id}/cancel`)).status, 202);
    });

    it('a token without any calendar permission is refused on /me as Graph does (403 ErrorAccessDenied)', async () => {
      const userOnly = await graphTokenFor(info, ALEX, 'https://graph.microsoft.com/User.Read');
      assert.deepEqual(refusal(await get(userOnly, `/me/calendarView?${WINDOW}`)), [403, DENIED]);
    });
  });

  describe("another user's calendar (/users/{owner}/...)", () => {
    it("a delegate with Calendars.ReadWrite.Shared reads the shared default calendar and cancels there; the owner's other calendars stay closed", async () => {
      assert.ok(scopesOf(tokens.patti).includes('Calendars.ReadWrite.Shared'));
      const view = await get(tokens.patti, `/users/${ALEX}/calendarView?${WINDOW}`);
      assert.equal(view.status, 200);
      assert.ok(subjects(view).includes('1:1 Alex / Megan'));
      assert.ok(!subjects(view).includes('Budget review'), 'Projects is not shared with Patti');
      const oneOnOne = view.json.value.find((e: any) => e.subject === '1:1 Alex / Megan');
      assert.equal(oneOnOne.isOrganizer, true, "isOrganizer is the owner's: the organizer rule applies to Alex");
      assert.equal((await get(tokens.patti, `/users/${ALEX}/events/${oneOnOne.id}`)).status, 200);
      const projects = (await get(tokens.alex, '/me/calendars')).json.value.find((c: any) => c.name === 'Projects');
      assert.deepEqual(refusal(await get(tokens.patti, `/users/${ALEX}/calendars/${projects.id}/calendarView?${WINDOW}`)), [403, DENIED]);
      assert.equal((await post(tokens.patti, `/users/${ALEX}/events/${oneOnOne.id}/cancel`, { comment: 'For Alex' })).status, 202);
      const megan = (await requestSandbox(info, 'GET', `${info.admin}/mailboxes/${MEGAN}`)).json;
      assert.ok(megan.inbox.some((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan' && m.from.emailAddress.address === ALEX));
    });

    it('the same delegate without Calendars.ReadWrite.Shared (Calendars.ReadWrite alone, docs-contrib #4108) gets 403 ErrorAccessDenied, reads and writes', async () => {
      const oneOnOne = (await get(tokens.patti, `/users/${ALEX}/calendarView?${WINDOW}`)).json.value.find(
        (e: any) => e.subject === '1:1 Alex / Megan',
      );
      assert.deepEqual(refusal(await get(tokens.pattiOwn, `/users/${ALEX}/calendarView?${WINDOW}`)), [403, DENIED]);
      assert.deepEqual(refusal(await post(tokens.pattiOwn, `/users/${ALEX}/events/${oneOnOne.id}/cancel`)), [403, DENIED]);
      assert.equal((await get(tokens.patti, `/users/${ALEX}/events/${oneOnOne.id}`)).status, 200, 'nothing was cancelled');
    });

    it('a non-delegate with every permission gets the same 403; an unknown user 404 ErrorInvalidUser; the own UPN is the own calendar', async () => {
      assert.deepEqual(refusal(await get(tokens.megan, `/users/${ALEX}/calendarView?${WINDOW}`)), [403, DENIED]);
      assert.deepEqual(refusal(await get(tokens.adele, `/users/${ALEX}/calendar`)), [403, DENIED]);
      assert.deepEqual(refusal(await get(tokens.patti, `/users/nobody@${DOMAIN}/calendarView?${WINDOW}`)), [
        404,
        { code: 'ErrorInvalidUser', message: `The requested user 'nobody@${DOMAIN}' is invalid.` },
      ]);
      assert.equal((await get(tokens.alexOwn, `/users/${ALEX}/calendarView?${WINDOW}`)).status, 200);
    });

    it('private events: the delegate without private access sees when, not what, and cannot get one by id; the owner sees all', async () => {
      const window = 'startDateTime=2026-03-09T00:00:00Z&endDateTime=2026-03-10T00:00:00Z';
      const asPatti = (await get(tokens.patti, `/users/${ALEX}/calendarView?${window}`)).json.value.find(
        (e: any) => e.sensitivity === 'private',
      );
      assert.ok(asPatti, 'the private event is listed');
      assert.deepEqual([asPatti.subject, asPatti.bodyPreview, asPatti.location.displayName, asPatti.attendees], ['', '', '', []]);
      assert.equal(asPatti.start.dateTime, '2026-03-09T15:00:00.0000000', '08:00 Pacific (PDT)');
      assert.equal((await get(tokens.patti, `/users/${ALEX}/events/${asPatti.id}`)).status, 404);
      assert.equal((await post(tokens.patti, `/users/${ALEX}/events/${asPatti.id}/cancel`)).status, 404);
      const asAlex = (await get(tokens.alex, `/me/events/${asPatti.id}`)).json;
      assert.deepEqual([asAlex.subject, asAlex.sensitivity], ['Dentist', 'private']);
    });
  });

  describe("a group's calendar (/groups/{id}/...)", () => {
    it('a member with Group.ReadWrite.All (admin-consented) reads and cancels; without it 403', async () => {
      assert.ok(scopesOf(tokens.alex).includes('Group.ReadWrite.All'));
      const view = await get(tokens.alex, `/groups/${MARKETING}/calendar/calendarView?${WINDOW}`);
      assert.deepEqual(subjects(view), ['Campaign planning']);
      assert.deepEqual(refusal(await get(tokens.alexOwn, `/groups/${MARKETING}/calendarView?${WINDOW}`)), [403, DENIED]);
      assert.equal((await post(tokens.alex, `/groups/${MARKETING}/events/${view.json.value[0].id}/cancel`)).status, 202);
    });

    it('a non-member with the permission gets 403 ErrorAccessDenied; an unknown group 404', async () => {
      assert.deepEqual(refusal(await get(tokens.adele, `/groups/${MARKETING}/calendarView?${WINDOW}`)), [403, DENIED]);
      const unknown = await get(tokens.alex, '/groups/00000000-0000-4000-8000-00000000dead/calendarView?' + WINDOW);
      assert.equal(unknown.status, 404);
      assert.equal(unknown.json.error.code, 'Request_ResourceNotFound');
    });
  });

  describe('discovery', () => {
    const SELECT = '$select=id,name,isDefaultCalendar,owner,canEdit,canViewPrivateItems';

    it("/me/calendars lists a delegate's copy of the owner's calendar (named after him, owner Alex, canEdit, no private items) in People's Calendars", async () => {
      const calendars = (await get(tokens.patti, `/me/calendars?${SELECT}`)).json.value;
      assert.deepEqual(
        calendars.map((c: any) => [c.name, c.isDefaultCalendar, c.owner.address, c.canEdit, c.canViewPrivateItems]),
        [
          ['Calendar', true, PATTI, true, true],
          ['Alex Wilber', false, ALEX, true, false],
        ],
      );
      assert.deepEqual(Object.keys(calendars[1]).sort(), ['canEdit', 'canViewPrivateItems', 'id', 'isDefaultCalendar', 'name', 'owner']);
      const groups = (await get(tokens.patti, '/me/calendarGroups')).json.value;
      assert.deepEqual(
        groups.map((g: any) => g.name),
        ['My Calendars', "People's Calendars"],
      );
      const inPeople = (await get(tokens.patti, `/me/calendarGroups/${groups[1].id}/calendars`)).json.value;
      assert.deepEqual(
        inPeople.map((c: any) => c.id),
        [calendars[1].id],
      );
      assert.deepEqual(
        (await get(tokens.megan, '/me/calendars')).json.value.map((c: any) => c.name),
        ['Calendar'],
        'Megan has nothing shared with her',
      );
      const alexView = (await get(tokens.patti, `/users/${ALEX}/calendar`)).json;
      assert.notEqual(alexView.id, calendars[1].id, "the copy's id is Patti's, not the id in Alex's mailbox");
      assert.deepEqual([alexView.canShare, alexView.canEdit, alexView.canViewPrivateItems], [false, true, false]);
    });

    it("the copy's id works under /me/calendars/{id}/... with Calendars.ReadWrite.Shared (not without), not in the owner's mailbox", async () => {
      const copy = (await get(tokens.patti, '/me/calendars')).json.value.find((c: any) => c.name === 'Alex Wilber');
      const view = await get(tokens.patti, `/me/calendars/${copy.id}/calendarView?${WINDOW}`);
      assert.ok(subjects(view).includes('1:1 Alex / Megan'));
      assert.deepEqual(refusal(await get(tokens.pattiOwn, `/me/calendars/${copy.id}/calendarView?${WINDOW}`)), [403, DENIED]);
      assert.equal((await get(tokens.patti, `/users/${ALEX}/calendars/${copy.id}/calendarView?${WINDOW}`)).status, 404);
      const oneOnOne = view.json.value.find((e: any) => e.subject === '1:1 Alex / Megan');
      assert.equal((await post(tokens.patti, `/me/calendars/${copy.id}/events/${oneOnOne.id}/cancel`)).status, 202);
    });

    it('/me/memberOf/microsoft.graph.group lists the Microsoft 365 groups the user is in, with User.Read alone', async () => {
      const userRead = await graphTokenFor(info, ALEX, 'https://graph.microsoft.com/User.Read');
      const groups = await get(userRead, '/me/memberOf/microsoft.graph.group?$select=id,displayName,mail,groupTypes');
      assert.equal(groups.status, 200);
      assert.equal(groups.json['@odata.context'], `${info.graph}/$metadata#groups(id,displayName,mail,groupTypes)`);
      assert.deepEqual(groups.json.value, [
        { id: MARKETING, displayName: 'Marketing', mail: `Marketing@${DOMAIN}`, groupTypes: ['Unified'] },
      ]);
      assert.deepEqual((await get(tokens.adele, '/me/memberOf/microsoft.graph.group')).json.value, []);
      const all = await get(tokens.megan, '/me/memberOf');
      assert.equal(all.json.value[0]['@odata.type'], '#microsoft.graph.group');
      const calendarsOnly = await graphTokenFor(info, ALEX, 'https://graph.microsoft.com/Calendars.ReadWrite');
      assert.deepEqual(refusal(await get(calendarsOnly, '/me/memberOf')), [403, DENIED]);
      assert.equal((await get(userRead, '/me/memberOf/microsoft.graph.group?$select=nope')).status, 400);
    });
  });

  describe('$batch', () => {
    it('each step answers as the request alone would: delegate, non-delegate paths, group, discovery, private', async () => {
      const copy = (await get(tokens.patti, '/me/calendars')).json.value.find((c: any) => c.name === 'Alex Wilber');
      const answers = await batch(tokens.patti, [
        { id: 'alex', method: 'GET', url: `/users/${ALEX}/calendarView?${WINDOW}` },
        { id: 'megan', method: 'GET', url: `/users/${MEGAN}/calendarView?${WINDOW}` },
        { id: 'group', method: 'GET', url: `/groups/${MARKETING}/calendarView?${WINDOW}` },
        { id: 'calendars', method: 'GET', url: '/me/calendars?$select=id,name,owner,canEdit' },
        { id: 'copy', method: 'GET', url: `/me/calendars/${copy.id}/calendarView?${WINDOW}` },
        { id: 'groups', method: 'GET', url: '/me/memberOf/microsoft.graph.group?$select=id,displayName' },
        { id: 'nobody', method: 'GET', url: `/users/nobody@${DOMAIN}/calendar` },
      ]);
      assert.equal(answers.get('alex')!.status, 200);
      assert.ok(answers.get('alex')!.body.value.some((e: any) => e.subject === '1:1 Alex / Megan'));
      assert.deepEqual(refusal(answers.get('megan')!), [403, DENIED]);
      assert.deepEqual(refusal(answers.get('group')!), [403, DENIED], 'Patti is not in Marketing');
      assert.deepEqual(
        answers.get('calendars')!.body.value.map((c: any) => c.name),
        ['Calendar', 'Alex Wilber'],
      );
      assert.equal(answers.get('copy')!.status, 200);
      assert.deepEqual(answers.get('groups')!.body.value, []);
      assert.equal(answers.get('nobody')!.status, 404);

      const withoutShared = await batch(tokens.pattiOwn, [
        { id: 'alex', method: 'GET', url: `/users/${ALEX}/calendarView?${WINDOW}` },
        { id: 'copy', method: 'GET', url: `/me/calendars/${copy.id}/calendarView?${WINDOW}` },
        { id: 'own', method: 'GET', url: `/me/calendarView?${WINDOW}` },
      ]);
      assert.deepEqual(refusal(withoutShared.get('alex')!), [403, DENIED]);
      assert.deepEqual(refusal(withoutShared.get('copy')!), [403, DENIED]);
      assert.equal(withoutShared.get('own')!.status, 200);
    });

    it("cancels in another user's and a group's calendar as steps (202), and refuses a non-member's step", async () => {
      const oneOnOne = (await get(tokens.patti, `/users/${ALEX}/calendarView?${WINDOW}`)).json.value.find(
        (e: any) => e.subject === '1:1 Alex / Megan',
      );
      const campaign = (await get(tokens.alex, `/groups/${MARKETING}/calendarView?${WINDOW}`)).json.value[0];
      const asPatti = await batch(tokens.patti, [
        { id: '1', method: 'POST', url: `/users/${ALEX}/events/${oneOnOne.id}/cancel`, body: { comment: 'For Alex' } },
      ]);
      assert.equal(asPatti.get('1')!.status, 202);
      const asAdele = await batch(tokens.adele, [
        { id: '1', method: 'POST', url: `/groups/${MARKETING}/events/${campaign.id}/cancel`, body: {} },
      ]);
      assert.deepEqual(refusal(asAdele.get('1')!), [403, DENIED]);
      const asAlex = await batch(tokens.alex, [
        { id: '1', method: 'POST', url: `/groups/${MARKETING}/events/${campaign.id}/cancel`, body: {} },
      ]);
      assert.equal(asAlex.get('1')!.status, 202);
    });
  });

  describe('consent per permission (Entra)', () => {
    const obo = async (user: string, scope: string) =>
      tokenRequest(info, {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        requested_token_use: 'on_behalf_of',
        assertion: await ssoToken(info, user),
        scope,
        client_id: info.clientId,
        client_secret: info.clientSecret,
      });
    const consentRequired = (response: SandboxResponse) => {
      assert.equal(response.status, 400);
      assert.deepEqual(
        [response.json.error, response.json.error_codes, response.json.suberror],
        ['invalid_grant', [65001], 'consent_required'],
      );
      assert.match(response.json.error_description, /^AADSTS65001: The user or administrator has not consented/);
    };

    it(".default gives the consented permissions: Alex own + the admin's Group.ReadWrite.All, Patti also Calendars.ReadWrite.Shared; Lynne only the admin's", async () => {
      assert.deepEqual(scopesOf(tokens.alex).sort(), ['Calendars.ReadWrite', 'Group.ReadWrite.All', 'MailboxSettings.Read', 'User.Read']);
      assert.deepEqual(scopesOf(tokens.patti).sort(), [
        'Calendars.ReadWrite',
        'Calendars.ReadWrite.Shared',
        'Group.ReadWrite.All',
        'MailboxSettings.Read',
        'User.Read',
      ]);
      // Lynne consented to nothing: only the admin's tenant-wide grant is in her token; her own calendar needs her consent.
      assert.deepEqual(scopesOf((await obo(LYNNE, 'https://graph.microsoft.com/.default')).json.access_token), ['Group.ReadWrite.All']);
      consentRequired(await obo(LYNNE, OWN_SCOPES));
    });

    it('OBO for a permission the user did not consent to: AADSTS65001 consent_required, which MSAL throws as InteractionRequiredAuthError', async () => {
      consentRequired(await obo(ALEX, `${SHARED} ${OWN_SCOPES}`));
      const msal = msalClient(info);
      await assert.rejects(
        msal.acquireTokenOnBehalfOf({ oboAssertion: await ssoToken(info, ALEX), scopes: [SHARED] }),
        (error: unknown) =>
          error instanceof InteractionRequiredAuthError && error.errorCode === 'invalid_grant' && error.subError === 'consent_required',
      );
      assert.equal((await obo(PATTI, SHARED)).status, 200);
    });

    it('a refresh asking for a new, unconsented permission: invalid_grant 65001 consent_required (MSAL: InteractionRequiredAuthError)', async () => {
      const first = await obo(ALEX, `${OWN_SCOPES} offline_access`);
      assert.equal(first.status, 200);
      const refresh = (scope: string) =>
        tokenRequest(info, {
          grant_type: 'refresh_token',
          refresh_token: first.json.refresh_token,
          scope,
          client_id: info.clientId,
          client_secret: info.clientSecret,
        });
      assert.equal((await refresh(OWN_SCOPES)).status, 200);
      consentRequired(await refresh(`${SHARED} offline_access`));
      await assert.rejects(
        msalClient(info).acquireTokenByRefreshToken({ refreshToken: first.json.refresh_token, scopes: [SHARED] }),
        (error: unknown) => error instanceof InteractionRequiredAuthError && error.subError === 'consent_required',
      );
    });

    it('the admin API changes consent at runtime: a user grants Shared, cannot grant Group.ReadWrite.All, the admin withdraws it; reset restores the seed', async () => {
      const granted = await adminPost(info, '/consent', {
        user: ALEX,
        scopes: [...OWN_SCOPES.split(' ').map((s) => s.split('/').pop()), 'Calendars.ReadWrite.Shared'],
      });
      assert.equal(granted.status, 200);
      assert.equal((await obo(ALEX, SHARED)).status, 200);
      const userCannot = await adminPost(info, '/consent', { user: ADELE, scopes: ['Group.ReadWrite.All'] });
      assert.deepEqual([userCannot.status, userCannot.json.error.code], [400, 'AdminConsentRequired']);
      assert.equal((await adminPost(info, '/admin-consent', { scopes: [] })).status, 200);
      const withoutGroups = await graphTokenFor(info, ALEX);
      assert.ok(!scopesOf(withoutGroups).includes('Group.ReadWrite.All'));
      assert.deepEqual(refusal(await get(withoutGroups, `/groups/${MARKETING}/calendarView?${WINDOW}`)), [403, DENIED]);
      consentRequired(await obo(ALEX, 'https://graph.microsoft.com/Group.ReadWrite.All'));
      await requestSandbox(info, 'POST', `${info.admin}/reset`);
      const seeded = (await requestSandbox(info, 'GET', `${info.admin}/consent`)).json;
      assert.deepEqual(seeded.adminConsentedScopes, ['Group.ReadWrite.All']);
      assert.deepEqual(seeded.users[ALEX], ['Calendars.ReadWrite', 'User.Read', 'MailboxSettings.Read']);
    });
  });
});
