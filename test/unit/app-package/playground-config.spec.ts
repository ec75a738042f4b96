import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './sample-environment';

/** The few top-level keys we read, without a YAML dependency: `key: value` lines under currentUser. */
function block(yaml: string, key: string): Record<string, string> {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l === `${key}:`);
  assert.ok(start >= 0, `${key}: block`);
  const fields: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}(\w+): (.+)$/.exec(line);
    if (!match) break;
    fields[match[1]] = match[2].trim();
  }
  return fields;
}

describe('.m365agentsplayground.yml', () => {
  const yaml = readFileSync(join(REPO_ROOT, '.m365agentsplayground.yml'), 'utf8');

  it("makes the sandbox's default user the current user", () => {
    const me = block(yaml, 'currentUser');
    assert.equal(me.name, 'Alex Wilber');
    assert.equal(me.userPrincipleName, 'AlexW@contoso.onmicrosoft.com');
    assert.equal(me.aadObjectId, '00000000-0000-4000-8000-000000000020');
    assert.match(yaml, /^tenantId: 00000000-0000-4000-8000-000000000001$/m);
  });

  it('lists the other five seeded users with their object ids', () => {
    const ids = [...yaml.matchAll(/^ {4}aadObjectId: (\S+)$/gm)].map((m) => m[1]);
    assert.deepEqual(
      ids,
      ['021', '022', '023', '024', '025'].map((n) => `00000000-0000-4000-8000-000000000${n}`),
    );
    const upns = [...yaml.matchAll(/^ {4}userPrincipleName: (\S+)$/gm)].map((m) => m[1]);
    assert.deepEqual(
      upns,
      ['MeganB', 'AdeleV', 'IsaiahL', 'PattiF', 'LynneR'].map((u) => `${u}@contoso.onmicrosoft.com`),
    );
  });
});
