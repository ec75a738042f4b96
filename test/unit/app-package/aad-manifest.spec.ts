import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './sample-environment';

const aad = JSON.parse(readFileSync(join(REPO_ROOT, 'aad.manifest.json'), 'utf8'));
const GRAPH = '00000003-0000-0000-c000-000000000000';
const TEAMS_DESKTOP_AND_MOBILE = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';
const TEAMS_WEB = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';
const DELEGATED = {
  'Calendars.ReadWrite': '1ec239c2-d7c9-4623-a91a-a9775856bb36',
  'MailboxSettings.Read': '87f447af-9fa4-4c32-9dfa-4a57a73d18ce',
  'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
  // Asked for on first use: another person's calendar (user consent), group calendars (admin consent).
  'Calendars.ReadWrite.Shared': '12466101-c9b8-439a-8589-dd09ee67e8e9',
  'Group.ReadWrite.All': '4e46008b-f24c-477d-8fff-7bb4ec7aafe0',
  offline_access: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
  openid: '37f7f235-527c-4136-accd-4a02d197296e',
  profile: '14dad69e-099b-42c9-810b-d002981feec1',
};

describe('aad.manifest.json', () => {
  const scope = () => aad.oauth2Permissions.find((p: { value: string }) => p.value === 'access_as_user');

  it('exposes access_as_user as a user-consentable scope', () => {
    assert.ok(scope(), 'access_as_user scope');
    assert.equal(scope().type, 'User');
    assert.equal(scope().isEnabled, true);
  });

  it('pre-authorizes both Teams clients for access_as_user, and nothing else', () => {
    const byApp = new Map(aad.preAuthorizedApplications.map((p: { appId: string; permissionIds: string[] }) => [p.appId, p.permissionIds]));
    assert.deepEqual([...byApp.keys()].sort(), [TEAMS_DESKTOP_AND_MOBILE, TEAMS_WEB].sort());
    for (const ids of byApp.values()) assert.deepEqual(ids, [scope().id]);
  });

  it('requests exactly the delegated Graph permissions the bot needs', () => {
    const graph = aad.requiredResourceAccess.filter((r: { resourceAppId: string }) => r.resourceAppId === GRAPH);
    assert.equal(graph.length, 1);
    assert.equal(aad.requiredResourceAccess.length, 1, 'no other APIs');
    const requested = graph[0].resourceAccess;
    assert.ok(
      requested.every((r: { type: string }) => r.type === 'Scope'),
      'delegated only, no application roles',
    );
    assert.deepEqual(requested.map((r: { id: string }) => r.id).sort(), Object.values(DELEGATED).sort());
  });

  it('is the bot app itself (one app for bot and SSO) and sends the consent popup back to auth-end.html', () => {
    assert.equal(aad.appId, '${{BOT_ID}}');
    assert.deepEqual(aad.replyUrlsWithType, [{ url: 'https://${{BOT_DOMAIN}}/auth-end.html', type: 'Web' }]);
    assert.equal(aad.accessTokenAcceptedVersion, 2);
  });
});
