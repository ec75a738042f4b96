import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { buildAppPackage, loadEnvironment, MissingVariableError } from '../../../dev/app-package';
import { REPO_ROOT, SAMPLE_VALUES, type TempEnvDir, writeEnvDir } from '../../unit/app-package/sample-environment';

const APP_PACKAGE_DIR = join(REPO_ROOT, 'appPackage');

describe('npm run package (buildAppPackage)', () => {
  let env: TempEnvDir;
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'app-package-out-'));
  });
  afterEach(() => {
    env?.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('zips exactly manifest.json, color.png and outline.png at the root, every placeholder filled', async () => {
    env = writeEnvDir('sample', SAMPLE_VALUES);
    const built = await buildAppPackage({ appPackageDir: APP_PACKAGE_DIR, envDir: env.dir, envName: 'sample', outputDir: out });
    assert.equal(built.zipPath, join(out, 'appPackage.sample.zip'));
    const zip = new AdmZip(built.zipPath);
    assert.deepEqual(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
      ['color.png', 'manifest.json', 'outline.png'],
    );
    const manifest = zip.readAsText('manifest.json');
    assert.ok(!manifest.includes('${{'), 'no placeholder left');
    assert.equal(JSON.parse(manifest).bots[0].botId, SAMPLE_VALUES.BOT_ID);
    assert.equal(JSON.parse(manifest).name.short, 'Cancel Meetings (sample)');
    assert.deepEqual(zip.readFile('color.png'), readFileSync(join(APP_PACKAGE_DIR, 'color.png')));
  });

  it('lets the .user file override the main env file', async () => {
    const otherTeamsAppId = '12345678-1234-4234-8234-123456789abc';
    env = writeEnvDir('sample', SAMPLE_VALUES, { TEAMS_APP_ID: otherTeamsAppId });
    const built = await buildAppPackage({ appPackageDir: APP_PACKAGE_DIR, envDir: env.dir, envName: 'sample', outputDir: out });
    assert.equal(built.manifest.id, otherTeamsAppId);
    assert.deepEqual(built.environmentFiles, [join(env.dir, '.env.sample'), join(env.dir, '.env.sample.user')]);
  });

  it('fails on a missing or empty variable, naming it and the env file, and writes nothing', async () => {
    const { BOT_DOMAIN: _dropped, ...withoutDomain } = SAMPLE_VALUES;
    env = writeEnvDir('sample', { ...withoutDomain, TEAMS_APP_ID: '' });
    await assert.rejects(
      buildAppPackage({ appPackageDir: APP_PACKAGE_DIR, envDir: env.dir, envName: 'sample', outputDir: out }),
      (error: unknown) => {
        assert.ok(error instanceof MissingVariableError);
        assert.deepEqual(error.variables.sort(), ['BOT_DOMAIN', 'TEAMS_APP_ID']);
        assert.match(error.message, /BOT_DOMAIN/);
        assert.ok(error.message.includes(join(env.dir, '.env.sample')), error.message);
        return true;
      },
    );
    assert.throws(() => readFileSync(join(out, 'appPackage.sample.zip')));
  });

  it('escapes values as JSON so a quote cannot change the manifest structure', async () => {
    env = writeEnvDir('sample', { ...SAMPLE_VALUES, APP_NAME_SUFFIX: '", "id": "x' });
    const built = await buildAppPackage({ appPackageDir: APP_PACKAGE_DIR, envDir: env.dir, envName: 'sample', outputDir: out });
    assert.equal((built.manifest.name as { short: string }).short, 'Cancel Meetings", "id": "x');
    assert.equal(built.manifest.id, SAMPLE_VALUES.TEAMS_APP_ID);
  });

  it('reads shell variables over the files only when asked to', () => {
    env = writeEnvDir('sample', SAMPLE_VALUES);
    const shell = { BOT_DOMAIN: 'from-shell.example.com' };
    assert.equal(loadEnvironment({ envDir: env.dir, envName: 'sample', processEnv: shell }).values.BOT_DOMAIN, 'from-shell.example.com');
    assert.equal(loadEnvironment({ envDir: env.dir, envName: 'sample' }).values.BOT_DOMAIN, SAMPLE_VALUES.BOT_DOMAIN);
  });
});

describe('scripts/package-app.ts as a process', () => {
  const runScript = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['--require', 'tsx/cjs', join(REPO_ROOT, 'scripts', 'package-app.ts'), ...args],
        // A clean environment: nothing from the caller's shell can fill a placeholder.
        { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '' } },
        (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
      );
    });

  let env: TempEnvDir;
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'app-package-out-'));
  });
  afterEach(() => {
    env?.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('builds the zip from a temp env dir and exits 0', async () => {
    env = writeEnvDir('sample', SAMPLE_VALUES);
    const result = await runScript(['--env', 'sample', '--env-dir', env.dir, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /appPackage\.sample\.zip/);
    assert.deepEqual(
      new AdmZip(join(out, 'appPackage.sample.zip'))
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
      ['color.png', 'manifest.json', 'outline.png'],
    );
  });

  it('exits non-zero naming the missing variable', async () => {
    const { BOT_ID: _dropped, ...withoutBotId } = SAMPLE_VALUES;
    env = writeEnvDir('sample', withoutBotId);
    const result = await runScript(['--env', 'sample', '--env-dir', env.dir, '--out', out]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Variable BOT_ID is missing or empty in .*\.env\.sample/);
  });
});
