import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..', '..');
// The Agents Toolkit's lifecycle actions this project uses (its docs: aka.ms/teamsfx-actions).
const KNOWN_ACTIONS = new Set([
  'teamsApp/create',
  'teamsApp/update',
  'teamsApp/validateManifest',
  'teamsApp/validateAppPackage',
  'teamsApp/zipAppPackage',
  'teamsApp/publishAppPackage',
  'aadApp/create',
  'aadApp/update',
  'arm/deploy',
  'azureAppService/zipDeploy',
  'botFramework/create',
  'cli/runNpmCommand',
  'file/createOrUpdateEnvironmentFile',
  'script',
]);

describe('Agents Toolkit project files', () => {
  for (const file of ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml']) {
    it(`${file} is valid YAML with a version and only known lifecycle actions, each with its inputs`, () => {
      const doc = parse(readFileSync(join(ROOT, file), 'utf8'));
      assert.match(String(doc.version), /^v1\.\d+$/);
      const steps = [...(doc.provision ?? []), ...(doc.deploy ?? []), ...(doc.publish ?? [])];
      assert.ok(steps.length > 0, 'has lifecycle steps');
      for (const step of steps) {
        assert.ok(KNOWN_ACTIONS.has(step.uses), `unknown action ${step.uses}`);
        assert.ok(step.with, `${step.uses} has inputs`);
        assert.ok(typeof step.with === 'object', `${step.uses} has inputs`);
      }
    });
  }

  it('provisioning registers the Entra app before the bot, and writes the ids the bot reads', () => {
    const steps: Array<{ uses: string; writeToEnvironmentFile?: Record<string, string> }> = parse(
      readFileSync(join(ROOT, 'm365agents.yml'), 'utf8'),
    ).provision;
    const order = steps.map((s) => s.uses);
    // In Azure the bot registration is the Azure Bot resource that arm/deploy creates.
    assert.ok(order.indexOf('aadApp/create') < order.indexOf('arm/deploy'));
    const written = Object.values(steps.find((s) => s.uses === 'aadApp/create')!.writeToEnvironmentFile ?? {});
    for (const name of ['BOT_ID', 'SECRET_BOT_PASSWORD', 'AAD_APP_TENANT_ID']) assert.ok(written.includes(name), name);
  });
});
