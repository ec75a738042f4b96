import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Values a real tenant would produce; the ids are distinct so mix-ups show. */
export const SAMPLE_VALUES = {
  TEAMSFX_ENV: 'sample',
  APP_NAME_SUFFIX: ' (sample)',
  BOT_DOMAIN: 'cancel-bot.example.com',
  BOT_ID: '11111111-2222-4333-8444-555555555555',
  AAD_APP_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  TEAMS_APP_ID: '99999999-8888-4777-8666-555555555555',
};

export interface TempEnvDir {
  dir: string;
  remove(): void;
}

/** A throwaway env/ folder holding .env.<name> (and optionally .env.<name>.user); values single-quoted, so literal. */
export function writeEnvDir(name: string, values: Record<string, string>, userValues?: Record<string, string>): TempEnvDir {
  const dir = mkdtempSync(join(tmpdir(), 'app-package-env-'));
  const lines = (v: Record<string, string>) =>
    Object.entries(v)
      .map(([k, val]) => `${k}='${val}'`)
      .join('\n') + '\n';
  writeFileSync(join(dir, `.env.${name}`), lines(values));
  if (userValues) writeFileSync(join(dir, `.env.${name}.user`), lines(userValues));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const REPO_ROOT = join(__dirname, '..', '..', '..');
