import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config';

const ROOT = path.join(__dirname, '..', '..', '..');
const playground = {
  AAD_APP_CLIENT_ID: 'client',
  SECRET_AAD_APP_CLIENT_SECRET: 'app-secret',
  AAD_APP_TENANT_ID: 'contoso.onmicrosoft.com',
  SANDBOX_ADMIN: 'https://localhost:9443/_sandbox',
};
const CONNECTION =
  'InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';

describe('telemetry settings', () => {
  it('APPLICATIONINSIGHTS_CONNECTION_STRING turns it on; unset or empty (as the env files ship it) leaves it off', () => {
    assert.deepEqual(loadConfig({ ...playground, APPLICATIONINSIGHTS_CONNECTION_STRING: CONNECTION }).telemetry, {
      connectionString: CONNECTION,
    });
    assert.equal(loadConfig(playground).telemetry, undefined);
    assert.equal(loadConfig({ ...playground, APPLICATIONINSIGHTS_CONNECTION_STRING: '' }).telemetry, undefined);
  });

  it('a value that is not a connection string (an instrumentation key alone) stops the start, naming the variable', () => {
    assert.throws(
      () => loadConfig({ ...playground, APPLICATIONINSIGHTS_CONNECTION_STRING: '00000000-0000-4000-8000-000000000000' }),
      (error: unknown) => error instanceof ConfigError && /APPLICATIONINSIGHTS_CONNECTION_STRING is invalid/.test(error.message),
    );
  });

  it("off costs nothing: starting the bot's telemetry unconfigured loads neither the Azure Monitor distro nor any OpenTelemetry SDK", function () {
    this.timeout(30000);
    // A fresh process: this one has loaded the SDKs for the exporter tests.
    const script = `
      const { startTelemetry } = require('./src/telemetry');
      startTelemetry(undefined).then((t) => {
        const loaded = Object.keys(require.cache).filter((f) => /@azure[\\\\/]monitor-opentelemetry|@opentelemetry[\\\\/]sdk-/.test(f));
        process.stdout.write(JSON.stringify({ enabled: t.enabled, loaded }));
      });`;
    const out = JSON.parse(execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
    assert.deepEqual(out, { enabled: false, loaded: [] });
  });
});
