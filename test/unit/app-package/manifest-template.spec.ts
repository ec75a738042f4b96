import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillJsonPlaceholders, placeholderNames, validateTeamsManifest } from '../../../dev/app-package';
import { REPO_ROOT, SAMPLE_VALUES } from './sample-environment';

const template = readFileSync(join(REPO_ROOT, 'appPackage', 'manifest.json'), 'utf8');
const aadManifest = JSON.parse(readFileSync(join(REPO_ROOT, 'aad.manifest.json'), 'utf8'));
const sampleEnvironment = { name: 'sample', files: ['sample'], values: SAMPLE_VALUES };
const filled = () => JSON.parse(fillJsonPlaceholders(template, sampleEnvironment));

describe('appPackage/manifest.json', () => {
  it('validates against the official schema of its manifestVersion once sample values are filled in', async () => {
    const manifest = filled();
    assert.deepEqual(await validateTeamsManifest(manifest), []);
    assert.match(manifest.manifestVersion, /^1\.\d+$/, 'a stable (non-preview) schema version');
  });

  it('is caught by the schema when a value is wrong', async () => {
    const manifest = filled();
    manifest.bots[0].botId = 'not-a-guid';
    const problems = await validateTeamsManifest(manifest);
    assert.ok(
      problems.some((p) => p.includes('/bots/0/botId')),
      problems.join('\n'),
    );
  });

  it('uses only the Toolkit placeholders the env files define', () => {
    assert.deepEqual(placeholderNames(template).sort(), ['AAD_APP_CLIENT_ID', 'APP_NAME_SUFFIX', 'BOT_DOMAIN', 'BOT_ID', 'TEAMS_APP_ID']);
  });

  it('offers the bot in personal scope only, commands included: a calendar never shows in a group or channel', () => {
    const manifest = filled();
    assert.equal(manifest.bots.length, 1);
    const [bot] = manifest.bots;
    assert.deepEqual(bot.scopes, ['personal']);
    assert.equal(bot.supportsFiles, false);
    for (const list of bot.commandLists) assert.deepEqual(list.scopes, ['personal']);
    assert.deepEqual(
      bot.commandLists.flatMap((l: { commands: { title: string }[] }) => l.commands.map((c) => c.title)),
      ['help', 'show my meetings', 'cancel my next meeting'],
    );
    assert.equal(manifest.staticTabs, undefined);
    assert.equal(manifest.configurableTabs, undefined);
  });

  it('names the Entra app in webApplicationInfo exactly as aad.manifest.json defines it', () => {
    const { webApplicationInfo } = JSON.parse(template);
    assert.deepEqual(aadManifest.identifierUris, [webApplicationInfo.resource]);
    assert.equal(webApplicationInfo.resource, 'api://${{BOT_DOMAIN}}/botid-${{BOT_ID}}');
    // One Entra app is both bot and SSO app: the ids agree once filled.
    const manifest = filled();
    assert.equal(manifest.webApplicationInfo.id, manifest.bots[0].botId);
    assert.equal(manifest.webApplicationInfo.resource, `api://${SAMPLE_VALUES.BOT_DOMAIN}/botid-${SAMPLE_VALUES.BOT_ID}`);
  });

  it('trusts the bot domain and the Bot Framework token service for the sign-in popup', () => {
    assert.deepEqual(filled().validDomains, [SAMPLE_VALUES.BOT_DOMAIN, 'token.botframework.com']);
  });
});
