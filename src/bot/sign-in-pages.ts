import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphAccess } from '../auth';

/** What the consent popup needs to know: which authority, which app, which permissions. */
export interface ConsentSettings {
  /** https://login.microsoftonline.com/<tenant> */
  authority: string;
  clientId: string;
  /**
   * The delegated permissions to consent to, space-separated, per access the user can grant. The
   * OAuth card's link names the access (auth-start.html?access=shared); anything else gets `own`.
   */
  scopes: Partial<Record<GraphAccess, string>> & { own: string };
}

export type SignInPages = Record<'/auth-start.html' | '/auth-end.html', string>;

/**
 * The Teams SSO consent popup pages (public/auth-start.html, public/auth-end.html), with the
 * bot's own settings written into the start page, so the page never takes an authority or client
 * id from its query string. JSON is made safe for a <script> block.
 */
export function signInPages(settings: ConsentSettings): SignInPages {
  const dir = publicDir();
  const json = JSON.stringify(settings)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return {
    '/auth-start.html': readFileSync(path.join(dir, 'auth-start.html'), 'utf8').replace('{{SETTINGS}}', json),
    '/auth-end.html': readFileSync(path.join(dir, 'auth-end.html'), 'utf8'),
  };
}

/** `public/` beside the nearest package.json above this file (the repo root, from src/ or dist/). */
function publicDir(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'public');
}
