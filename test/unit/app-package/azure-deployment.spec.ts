import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { parse } from 'yaml';

/**
 * The Azure deployment, checked offline: nothing here reaches Azure (no bicep build, no
 * `atk provision`), so these tests pin what can be read from the files: the Toolkit steps and their
 * order, that the bicep gets every parameter it declares, that the App Service gets every setting
 * the bot reads, that secrets only travel as @secure() parameters, and what the deploy zip holds.
 */
const ROOT = join(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Step {
  uses: string;
  name?: string;
  with: Record<string, any>;
  writeToEnvironmentFile?: Record<string, string>;
}
const project = parse(read('m365agents.yml')) as { provision: Step[]; deploy: Step[] };

interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  secure: boolean;
}

/** `param` declarations with their decorators (the lines starting with @ just above). */
function paramsOf(bicep: string): BicepParam[] {
  const params: BicepParam[] = [];
  const lines = bicep.split('\n');
  lines.forEach((line, i) => {
    const m = /^param (\w+) (\w+)( = .+)?$/.exec(line);
    if (!m) return;
    const decorators: string[] = [];
    for (let j = i - 1; j >= 0 && lines[j].startsWith('@'); j--) decorators.push(lines[j]);
    params.push({ name: m[1], type: m[2], hasDefault: Boolean(m[3]), secure: decorators.includes('@secure()') });
  });
  return params;
}

/** The block of `resource <name> ... = {` up to its closing brace at column 0. */
function block(bicep: string, header: RegExp): string {
  const start = bicep.search(header);
  assert.ok(start >= 0, `no ${header} in the bicep`);
  return bicep.slice(start, bicep.indexOf('\n}\n', start) + 2);
}

const bicep = read('infra/azure.bicep');
const botBicep = read('infra/botRegistration/azurebot.bicep');
const parameters = JSON.parse(read('infra/azure.parameters.json')).parameters as Record<string, { value: unknown }>;
const appSettingsBlock = block(bicep, /^resource webAppSettings 'Microsoft\.Web\/sites\/config@/m);
const appSettings = new Map(
  [...appSettingsBlock.matchAll(/^ {4}([A-Z][A-Z0-9_]*): (.+)$/gm)].map((m) => [m[1], m[2].trim()] as [string, string]),
);

/** Every variable src/config.ts validates (the keys of its zod object). */
const configSettings = [...read('src/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+): z/gm)].map((m) => m[1]);

describe('Azure deployment (infra/azure.bicep, m365agents.yml, .webappignore), offline', () => {
  describe('m365agents.yml', () => {
    it('provision: the Entra app and the token-cache key exist before arm/deploy, whose host name the Entra app and manifest then use', () => {
      const order = project.provision.map((s) => (s.uses === 'script' ? `script:${s.name}` : s.uses));
      const at = (step: string) => {
        const i = order.indexOf(step);
        assert.ok(i >= 0, `${step} in provision (${order.join(' -> ')})`);
        return i;
      };
      assert.ok(at('aadApp/create') < at('arm/deploy'), 'BOT_ID and its secret are parameters of the bicep');
      assert.ok(at('script:token cache key') < at('arm/deploy'), 'SECRET_TOKEN_CACHE_KEY is a parameter of the bicep');
      assert.ok(at('teamsApp/create') < at('arm/deploy'));
      assert.ok(at('arm/deploy') < at('aadApp/update'), 'the Application ID URI needs BOT_DOMAIN from the bicep outputs');
      assert.ok(at('arm/deploy') < at('teamsApp/zipAppPackage'), 'the manifest needs BOT_DOMAIN');
      assert.deepEqual(order.slice(-4), [
        'teamsApp/validateManifest',
        'teamsApp/zipAppPackage',
        'teamsApp/validateAppPackage',
        'teamsApp/update',
      ]);
      assert.ok(
        !order.includes('botFramework/create'),
        'the Azure Bot resource in the bicep is the registration; a second one would clash',
      );
    });

    it('arm/deploy deploys infra/azure.bicep with infra/azure.parameters.json into the chosen subscription and group', () => {
      const arm = project.provision.find((s) => s.uses === 'arm/deploy')!;
      assert.equal(arm.with.subscriptionId, '${{AZURE_SUBSCRIPTION_ID}}');
      assert.equal(arm.with.resourceGroupName, '${{AZURE_RESOURCE_GROUP_NAME}}');
      assert.deepEqual(
        arm.with.templates.map((t: any) => [t.path, t.parameters]),
        [['./infra/azure.bicep', './infra/azure.parameters.json']],
      );
      for (const t of arm.with.templates) {
        assert.ok(existsSync(join(ROOT, t.path)), t.path);
        assert.ok(existsSync(join(ROOT, t.parameters)), t.parameters);
      }
    });

    it('deploy: install, build, then zipDeploy of the project minus .webappignore to the App Service the bicep outputs', () => {
      assert.deepEqual(
        project.deploy.map((s) => [s.uses, s.with.args]),
        [
          ['cli/runNpmCommand', 'ci'],
          ['cli/runNpmCommand', 'run build'],
          ['azureAppService/zipDeploy', undefined],
        ],
      );
      const zip = project.deploy[2].with;
      assert.equal(zip.artifactFolder, '.');
      assert.equal(zip.ignoreFile, '.webappignore');
      assert.ok(existsSync(join(ROOT, '.webappignore')));
      assert.equal(zip.resourceId, '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
      assert.match(bicep, /^output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp\.id$/m);
    });

    it('every Toolkit project file uses the current schema version (v1.11), in its version and its $schema line', () => {
      for (const file of ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml']) {
        const text = read(file);
        assert.equal(parse(text).version, 'v1.11', file);
        assert.ok(text.startsWith('# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/v1.11/yaml.schema.json\n'), file);
      }
    });
  });

  describe('infra/azure.bicep', () => {
    const declared = paramsOf(bicep);

    it('every parameter without a default is supplied by azure.parameters.json, and the file supplies nothing undeclared', () => {
      assert.ok(declared.length > 5, 'parameters found');
      for (const p of declared.filter((d) => !d.hasDefault)) assert.ok(p.name in parameters, `${p.name} supplied`);
      for (const name of Object.keys(parameters))
        assert.ok(
          declared.some((d) => d.name === name),
          `${name} declared`,
        );
    });

    it('the Azure Bot module gets every parameter it declares without a default, and only those it declares', () => {
      const call = block(bicep, /^module azureBotRegistration '\.\/botRegistration\/azurebot\.bicep'/m);
      const passed = [...call.matchAll(/^ {4}(\w+): /gm)].map((m) => m[1]);
      const botParams = paramsOf(botBicep);
      for (const p of botParams.filter((d) => !d.hasDefault)) assert.ok(passed.includes(p.name), `${p.name} passed to azurebot.bicep`);
      for (const name of passed)
        assert.ok(
          botParams.some((d) => d.name === name),
          `${name} declared by azurebot.bicep`,
        );
    });

    it('every ${{VARIABLE}} the parameters file uses is in env/.env.dev, the .user sample, or written by a provision step before arm/deploy', () => {
      const known = new Set([
        ...Object.keys(parseDotenv(read('env/.env.dev'))),
        ...Object.keys(parseDotenv(read('env/.env.dev.user.sample'))),
      ]);
      const arm = project.provision.findIndex((s) => s.uses === 'arm/deploy');
      for (const step of project.provision.slice(0, arm)) {
        for (const name of Object.values(step.writeToEnvironmentFile ?? {})) known.add(name);
        for (const m of String(step.with.run ?? '').matchAll(/::set-teamsfx-env (\w+)=/g)) known.add(m[1]);
      }
      const used = [...JSON.stringify(parameters).matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]);
      assert.ok(used.length > 3);
      for (const name of used) assert.ok(known.has(name), `${name} is defined before arm/deploy`);
    });

    it('secrets only as @secure() parameters: every SECRET_ value goes to one, none is a literal, none is an output', () => {
      for (const [name, { value }] of Object.entries(parameters)) {
        const param = declared.find((d) => d.name === name)!;
        if (/SECRET_/.test(String(value))) assert.ok(param.secure, `${name} gets ${String(value)}: it must be @secure()`);
        if (param.secure) assert.match(String(value), /^\$\{\{SECRET_\w+\}\}$/, `${name} comes from a SECRET_ variable, never a literal`);
      }
      const secure = declared.filter((d) => d.secure).map((d) => d.name);
      assert.deepEqual(secure.sort(), ['botAadAppClientSecret', 'tokenCacheKey']);
      for (const output of bicep.split('\n').filter((l) => l.startsWith('output '))) {
        for (const name of secure) assert.ok(!output.includes(name), `${output} exposes ${name}`);
      }
    });

    it('sets every setting src/config.ts reads, except those that must stay unset in Azure', () => {
      // Playground/test-only, or decided by App Service itself.
      const unsetInAzure: Record<string, string> = {
        SANDBOX_ADMIN: 'the Playground sandbox; the bot refuses it together with BOT_ID',
        CHANNEL_OPENID_METADATA_URL: 'unset means the public Bot Framework cloud',
        CHANNEL_TOKEN_ISSUER: 'unset means the public Bot Framework cloud',
        CHANNEL_LOGIN_URL: 'unset means the public Bot Framework cloud',
        HOST: 'Teams mode listens on all interfaces',
        PORT: 'App Service sets PORT for the process it starts',
      };
      assert.ok(configSettings.length > 20, `config settings found: ${configSettings.join(', ')}`);
      for (const name of configSettings) {
        if (name in unsetInAzure) assert.ok(!appSettings.has(name), `${name} must stay unset: ${unsetInAzure[name]}`);
        else assert.ok(appSettings.has(name), `${name} is set on the App Service`);
      }
      for (const name of appSettings.keys()) {
        assert.ok(configSettings.includes(name) || name.startsWith('WEBSITE_'), `${name} is a setting the bot reads`);
      }
    });

    it('the secret app settings come from @secure() parameters or the storage account keys, never from text in the file', () => {
      const secure = paramsOf(bicep)
        .filter((d) => d.secure)
        .map((d) => d.name);
      for (const [name, value] of appSettings) {
        if (!name.startsWith('SECRET_')) continue;
        assert.ok(secure.includes(value) || /listKeys\(\)/.test(value), `${name} = ${value}`);
      }
      assert.equal(appSettings.get('STORAGE'), "'blob'", 'shared state: several instances');
      assert.equal(appSettings.get('BOT_TYPE'), "'SingleTenant'", 'as the Entra app aadApp/create makes');
      assert.equal(appSettings.get('BLOB_CONTAINER'), 'blobContainerName');
      assert.match(block(bicep, /^resource stateContainer /m), /name: blobContainerName/, 'the container the bot uses exists');
    });

    it('App Service on Linux with Node 20, 2+ instances, health-checked on /healthz; the Azure Bot has the Teams channel', () => {
      const site = block(bicep, /^resource webApp 'Microsoft\.Web\/sites@/m);
      assert.match(site, /linuxFxVersion: 'NODE\|20-lts'/);
      assert.match(site, /healthCheckPath: '\/healthz'/);
      assert.match(read('src/server.ts'), /server\.get\('\/healthz'/, 'the bot answers the health check');
      assert.match(site, /httpsOnly: true/);
      const plan = block(bicep, /^resource serverfarm /m);
      assert.match(plan, /reserved: true/, 'a Linux plan');
      assert.match(plan, /capacity: instanceCount/);
      assert.ok(Number(parameters.instanceCount.value) >= 2);
      assert.match(bicep, /@minValue\(2\)\n(@description\([^\n]*\)\n)?param instanceCount int/);
      assert.match(botBicep, /channelName: 'MsTeamsChannel'/);
      assert.match(botBicep, /endpoint: 'https:\/\/\$\{botAppDomain\}\/api\/messages'/);
    });
  });

  describe('.webappignore', () => {
    const patterns = read('.webappignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));

    /** gitignore matching for the pattern forms the file uses: /anchored, dir/, *.ext, name*. */
    function ignored(file: string): boolean {
      return patterns.some((pattern) => {
        const anchored = pattern.startsWith('/');
        const dir = pattern.endsWith('/');
        const body = pattern.replace(/^\//, '').replace(/\/$/, '');
        const regex = new RegExp(
          '^' +
            body
              .split('*')
              .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
              .join('[^/]*') +
            (dir ? '/' : '(/|$)'),
        );
        const candidates = anchored || body.includes('/') ? [file] : file.split('/').map((_, i, all) => all.slice(i).join('/'));
        return candidates.some((c) => regex.test(c));
      });
    }

    it('ships what the App Service runs: dist/, public/, package.json and every production dependency', () => {
      const lock = JSON.parse(read('package-lock.json')).packages as Record<string, { dev?: boolean }>;
      const production = Object.entries(lock)
        .filter(([key, entry]) => key.startsWith('node_modules/') && !entry.dev)
        .map(([key]) => key);
      assert.ok(production.length > 50, 'production packages found in the lock file');
      for (const file of [
        'dist/index.js',
        'public/auth-start.html',
        'public/auth-end.html',
        'package.json',
        ...production.map((p) => `${p}/package.json`),
      ]) {
        assert.ok(!ignored(file), `${file} is deployed`);
      }
    });

    it('leaves out settings, secrets, sources, tests and every dev-only dependency', () => {
      const lock = JSON.parse(read('package-lock.json')).packages as Record<string, { dev?: boolean }>;
      // A dev dependency that a production package also needs (an OpenTelemetry SDK the distro uses) ships.
      const dev = Object.keys(JSON.parse(read('package.json')).devDependencies).filter((d) => lock[`node_modules/${d}`]?.dev);
      assert.ok(dev.length > 10);
      for (const file of [
        'env/.env.dev',
        'env/.env.dev.user',
        'src/index.ts',
        'test/unit/config.spec.ts',
        'dev/sandbox/cli.ts',
        'infra/azure.bicep',
        '.git/config',
        ...dev.map((d) => `node_modules/${d}/package.json`),
      ]) {
        assert.ok(ignored(file), `${file} is not deployed`);
      }
    });
  });
});
