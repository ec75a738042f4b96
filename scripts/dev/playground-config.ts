import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from './bot-process';

/** The repo's Playground config: its current user is the sandbox's default user (Alex). */
export const PLAYGROUND_CONFIG = path.join(ROOT, '.m365agentsplayground.yml');

interface PlaygroundUser {
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  [key: string]: unknown;
}

export interface PlaygroundConfig {
  /** The current user's UPN: whose mailbox the bot reads (the Playground sends their aadObjectId). */
  upn: string;
  name: string;
  /** The config file to give the Playground (M365_AGENTS_PLAYGROUND_CONFIG_PATH). */
  file: string;
  remove(): void;
}

/**
 * A copy of the repo's Playground config with `who` (alias "PattiF", UPN or object id, any case) as
 * the current user, the previous current user taking their place among the others (the file format
 * wants exactly five), and a personal chat of their own. The Playground reads its config from
 * M365_AGENTS_PLAYGROUND_CONFIG_PATH (its CLI has no option for it); the repo's file stays as it is.
 */
export function playgroundConfigFor(who: string): PlaygroundConfig {
  const document = parseDocument(readFileSync(PLAYGROUND_CONFIG, 'utf8'));
  const current = document.get('currentUser') as { toJSON(): PlaygroundUser };
  const others = (document.get('users') as { toJSON(): PlaygroundUser[] }).toJSON();
  const everyone = [current.toJSON(), ...others];
  const wanted = who.trim().toLowerCase();
  const chosen = everyone.find((user) =>
    [user.userPrincipleName, user.userPrincipleName.split('@')[0], user.aadObjectId].some((key) => key.toLowerCase() === wanted),
  );
  if (!chosen) {
    const known = everyone.map((user) => user.userPrincipleName.split('@')[0]).join(', ');
    throw new Error(`--user: "${who}" is not one of the Playground's users (${known})`);
  }
  const alias = chosen.userPrincipleName.split('@')[0].toLowerCase();
  document.set('currentUser', document.createNode({ ...chosen, id: 'user-id-0' }));
  document.set(
    'users',
    document.createNode(everyone.filter((user) => user !== chosen).map((user, index) => ({ ...user, id: `user-id-${index + 1}` }))),
  );
  document.setIn(['personalChat', 'id'], `personal-chat-${alias}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'playground-'));
  const file = path.join(dir, '.m365agentsplayground.yml');
  writeFileSync(file, document.toString());
  return { upn: chosen.userPrincipleName, name: chosen.name, file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
