import { strict as assert } from 'node:assert';
import { webcrypto } from 'node:crypto';
import vm from 'node:vm';
import { signInPages } from '../../../src/bot';

const SETTINGS = {
  authority: 'https://login.example/contoso',
  clientId: 'client-1',
  scopes: {
    own: 'https://graph.microsoft.com/Calendars.ReadWrite openid profile offline_access',
    shared:
      'https://graph.microsoft.com/Calendars.ReadWrite https://graph.microsoft.com/Calendars.ReadWrite.Shared openid profile offline_access',
  },
};

/** Runs auth-start.html's script as a browser would open it at `href`, and returns where it sends the user. */
async function authorizeUrl(href: string): Promise<URL> {
  const html = signInPages(SETTINGS)['/auth-start.html'];
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
  let assigned: string | undefined;
  const storage = new Map<string, string>();
  const window = { location: { href, origin: new URL(href).origin, assign: (url: string) => (assigned = url) } };
  const sandbox = {
    window,
    crypto: webcrypto,
    sessionStorage: { setItem: (k: string, v: string) => storage.set(k, v) },
    URL,
    URLSearchParams,
    TextEncoder,
    btoa,
    Uint8Array,
    Array,
    String,
    Object,
  };
  vm.runInNewContext(script, sandbox);
  for (let i = 0; i < 50 && !assigned; i++) await new Promise((resolve) => setTimeout(resolve, 2));
  assert.ok(assigned, 'the page redirects');
  return new URL(assigned);
}

describe('consent popup page (auth-start.html)', () => {
  it('asks for the own permissions by default, and for the shared ones when the OAuth card names that access', async () => {
    const own = await authorizeUrl('https://bot.example/auth-start.html?loginHint=alex%40contoso.com');
    assert.equal(own.origin + own.pathname, 'https://login.example/contoso/oauth2/v2.0/authorize');
    assert.equal(own.searchParams.get('scope'), SETTINGS.scopes.own);
    assert.equal(own.searchParams.get('client_id'), 'client-1');
    assert.equal(own.searchParams.get('login_hint'), 'alex@contoso.com');
    assert.equal(own.searchParams.get('redirect_uri'), 'https://bot.example/auth-end.html');
    const shared = await authorizeUrl('https://bot.example/auth-start.html?access=shared');
    assert.equal(shared.searchParams.get('scope'), SETTINGS.scopes.shared);
  });

  it('an access the page was not given (groups: admin only), or any other word, falls back to the own permissions', async () => {
    for (const access of ['groups', 'constructor', '__proto__', 'toString', '']) {
      const url = await authorizeUrl(`https://bot.example/auth-start.html?access=${access}`);
      assert.equal(url.searchParams.get('scope'), SETTINGS.scopes.own, access);
    }
  });
});
