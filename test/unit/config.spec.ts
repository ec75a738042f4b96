import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, readEnvFiles } from '../../src/config';

const BOT_ID = '11111111-2222-4333-8444-555555555555';
const KEY = Buffer.alloc(32, 7).toString('base64');

const identity = {
  AAD_APP_CLIENT_ID: BOT_ID,
  SECRET_AAD_APP_CLIENT_SECRET: 'app-secret',
  AAD_APP_TENANT_ID: 'contoso.onmicrosoft.com',
};
const playground = { ...identity, SANDBOX_ADMIN: 'https://localhost:9443/_sandbox' };
const teams = { ...identity, APP_ENV: 'dev', BOT_ID, SECRET_BOT_PASSWORD: 'bot-secret', BOT_DOMAIN: 'bot.contoso.com' };
const channel = {
  CHANNEL_OPENID_METADATA_URL: 'https://localhost:9443/t/botframework/v1/.well-known/openidconfiguration',
  CHANNEL_TOKEN_ISSUER: 'https://localhost:9443/t/botframework',
  CHANNEL_LOGIN_URL: 'https://localhost:9443/t',
};

/** The ConfigError message for these settings (fails when they are accepted). */
function refusal(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `a ConfigError, not ${String(error)}`);
    return error.message;
  }
  assert.fail('the configuration was accepted');
}

describe('config', () => {
  describe('accepts', () => {
    it('Playground mode: no bot identity, loopback only, the sandbox SSO source', () => {
      const config = loadConfig(playground);
      assert.equal(config.mode, 'playground');
      assert.equal(config.bot, undefined);
      assert.equal(config.sso, undefined);
      assert.equal(config.host, '127.0.0.1');
      assert.equal(config.sandboxAdmin, 'https://localhost:9443/_sandbox');
    });

    it('Teams mode: the public Bot Framework channel by default, SSO on BOT_DOMAIN, all interfaces', () => {
      const config = loadConfig(teams);
      assert.equal(config.mode, 'teams');
      assert.deepEqual(config.bot, { id: BOT_ID, password: 'bot-secret', tenantId: undefined, type: 'MultiTenant', channel: undefined });
      assert.deepEqual(config.sso, {
        appIdUri: `api://bot.contoso.com/botid-${BOT_ID}`,
        signInPage: 'https://bot.contoso.com/auth-start.html',
      });
      assert.equal(config.host, '0.0.0.0');
      assert.equal(config.sandboxAdmin, undefined);
      assert.equal(config.identity.authority, 'https://login.microsoftonline.com/contoso.onmicrosoft.com');
    });

    it('Teams mode with an explicit Application ID URI, another channel issuer and a host', () => {
      const config = loadConfig({ ...teams, AAD_APP_ID_URI: `api://botid-${BOT_ID}`, HOST: '127.0.0.1', ...channel });
      assert.equal(config.sso?.appIdUri, `api://botid-${BOT_ID}`);
      assert.deepEqual(config.bot?.channel, {
        openIdMetadataUrl: channel.CHANNEL_OPENID_METADATA_URL,
        tokenIssuer: channel.CHANNEL_TOKEN_ISSUER,
        loginUrl: channel.CHANNEL_LOGIN_URL,
      });
      assert.equal(config.host, '127.0.0.1');
    });
  });

  describe('refuses to start half-configured', () => {
    it('an invalid value, naming the variable and the file to fix', () => {
      assert.match(refusal({ ...teams, BOT_ID: 'not-a-guid' }), /^BOT_ID is invalid .* Set BOT_ID in env\/\.env\.dev /);
      assert.match(refusal({ ...playground, PORT: '70000' }), /^PORT is invalid/);
      assert.match(refusal({ ...teams, BOT_DOMAIN: 'https://bot.contoso.com/' }), /^BOT_DOMAIN is invalid \(a host name/);
      assert.match(refusal({ ...teams, AAD_APP_ID_URI: 'https://bot' }), /^AAD_APP_ID_URI is invalid/);
      assert.match(refusal({ ...teams, HOST: 'everywhere' }), /^HOST is invalid/);
    });

    it('BOT_ID and SANDBOX_ADMIN together (Teams with the sandbox identity)', () => {
      assert.match(refusal({ ...teams, SANDBOX_ADMIN: playground.SANDBOX_ADMIN }), /SANDBOX_ADMIN and BOT_ID are both set/);
    });

    it('a bot password without BOT_ID, and BOT_ID without its password (secrets point at the .user file)', () => {
      assert.match(refusal({ ...playground, SECRET_BOT_PASSWORD: 'x' }), /SECRET_BOT_PASSWORD is set but BOT_ID is not/);
      assert.match(
        refusal({ ...teams, SECRET_BOT_PASSWORD: undefined }),
        /^SECRET_BOT_PASSWORD is required when BOT_ID is set\. Set SECRET_BOT_PASSWORD in env\/\.env\.dev\.user/,
      );
    });

    it('a SingleTenant bot without its tenant', () => {
      assert.match(refusal({ ...teams, BOT_TYPE: 'SingleTenant' }), /^BOT_TENANT_ID is required for a SingleTenant bot/);
    });

    it('Teams mode without BOT_DOMAIN (SSO resource and consent page)', () => {
      assert.match(refusal({ ...teams, BOT_DOMAIN: undefined }), /^BOT_DOMAIN is required for Teams SSO/);
      assert.match(
        refusal({ ...teams, BOT_DOMAIN: undefined, AAD_APP_ID_URI: `api://botid-${BOT_ID}` }),
        /^BOT_DOMAIN is required for the Teams SSO consent page/,
      );
    });

    it('the Entra app settings missing, in either mode', () => {
      for (const name of ['AAD_APP_CLIENT_ID', 'SECRET_AAD_APP_CLIENT_SECRET', 'AAD_APP_TENANT_ID']) {
        assert.match(refusal({ ...teams, [name]: undefined }), new RegExp(`^${name} is required to exchange Teams SSO tokens`));
        assert.match(refusal({ ...playground, [name]: undefined }), new RegExp(`^${name} is required in Playground mode`));
      }
    });

    it('Playground mode on a non-loopback HOST (an unauthenticated bot on the network); loopback hosts are fine', () => {
      for (const host of ['0.0.0.0', '::', '192.168.1.20', '10.0.0.1']) {
        assert.match(
          refusal({ ...playground, HOST: host }),
          new RegExp(`^HOST=${host} would expose the bot.*Playground mode.*env/\\.env\\.playground`),
        );
      }
      for (const host of ['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1'])
        assert.equal(loadConfig({ ...playground, HOST: host }).host, host);
      assert.equal(loadConfig({ ...teams, HOST: '0.0.0.0' }).host, '0.0.0.0', 'Teams mode authenticates every activity');
    });

    it('Playground mode without the sandbox admin API', () => {
      assert.match(refusal({ ...playground, SANDBOX_ADMIN: undefined }), /^SANDBOX_ADMIN is required in Playground mode/);
    });

    it('an authority that is not https', () => {
      assert.match(
        refusal({ ...teams, AAD_APP_OAUTH_AUTHORITY_HOST: 'http://login.microsoftonline.com' }),
        /AAD_APP_OAUTH_AUTHORITY_HOST must be https/,
      );
    });

    it('channel endpoints: without BOT_ID, half set, or not https', () => {
      assert.match(refusal({ ...playground, ...channel }), /CHANNEL_\* settings are set but BOT_ID is not/);
      assert.match(
        refusal({ ...teams, ...channel, CHANNEL_LOGIN_URL: undefined }),
        /^CHANNEL_LOGIN_URL is required when CHANNEL_OPENID_METADATA_URL is set: set all of/,
      );
      assert.match(
        refusal({ ...teams, CHANNEL_TOKEN_ISSUER: channel.CHANNEL_TOKEN_ISSUER }),
        /^CHANNEL_OPENID_METADATA_URL is required when CHANNEL_TOKEN_ISSUER is set/,
      );
      assert.match(refusal({ ...teams, ...channel, CHANNEL_TOKEN_ISSUER: 'http://issuer.example' }), /^CHANNEL_TOKEN_ISSUER must be https/);
    });

    it('a token cache key that is not 32 bytes', () => {
      assert.match(
        refusal({ ...teams, SECRET_TOKEN_CACHE_KEY: Buffer.alloc(16).toString('base64') }),
        /SECRET_TOKEN_CACHE_KEY must be 32 bytes/,
      );
    });

    it('blob storage without its connection string or without a token cache key', () => {
      assert.match(
        refusal({ ...teams, STORAGE: 'blob', SECRET_TOKEN_CACHE_KEY: KEY }),
        /^SECRET_BLOB_CONNECTION_STRING is required when STORAGE=blob/,
      );
      assert.match(
        refusal({ ...teams, STORAGE: 'blob', SECRET_BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true' }),
        /SECRET_TOKEN_CACHE_KEY is required when STORAGE=blob/,
      );
    });
  });

  describe('env files', () => {
    let root: string;
    before(() => {
      root = mkdtempSync(path.join(os.tmpdir(), 'config-spec-'));
      mkdirSync(path.join(root, 'env'));
      writeFileSync(path.join(root, 'env', '.env.dev'), 'BOT_DOMAIN=from-file.example\nPORT=4000\n');
      writeFileSync(path.join(root, 'env', '.env.dev.user'), 'SECRET_BOT_PASSWORD=from-user-file\n');
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    it('reads env/.env.<APP_ENV> and its .user file; the process environment wins, empty values do not', () => {
      const merged = readEnvFiles(root, { APP_ENV: 'dev', PORT: '5000', BOT_DOMAIN: '' });
      assert.equal(merged.SECRET_BOT_PASSWORD, 'from-user-file');
      assert.equal(merged.PORT, '5000');
      assert.equal(merged.BOT_DOMAIN, 'from-file.example');
    });
  });
});
