import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { startSandbox, type ReadyInfo, type RunningSandbox, type SandboxOptions } from '../../../dev/sandbox';
import { createFakeWorld, type FakeWorld } from './fake-world';

/** One state dir for all sandbox tests: the CA is made once and reused, as in development. */
export const TEST_STATE_DIR = path.join(os.tmpdir(), 'meeting-cancel-bot-sandbox-tests');

export const ALEX = 'AlexW@contoso.onmicrosoft.com';
export const LYNNE = 'LynneR@contoso.onmicrosoft.com';

export async function startFakeSandbox(
  options: SandboxOptions = {},
): Promise<{ sandbox: RunningSandbox; world: FakeWorld; info: ReadyInfo }> {
  const world = createFakeWorld();
  const sandbox = await startSandbox({ stateDir: TEST_STATE_DIR, createWorld: () => world, ...options });
  return { sandbox, world, info: sandbox.info };
}

/**
 * MSAL Node as the bot configures it against the sandbox: https authority, knownAuthorities, and the
 * local CA through customAgentOptions.ca (observed to work in MSAL Node 2.16.3; NODE_EXTRA_CA_CERTS
 * works as well, see graph-client.spec.ts).
 */
export function msalClient(info: ReadyInfo, clientSecret = info.clientSecret): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: {
      clientId: info.clientId,
      clientSecret,
      authority: info.authority,
      knownAuthorities: [new URL(info.authority).host],
    },
    system: { customAgentOptions: { ca: fs.readFileSync(info.caCert, 'utf8') } },
  });
}
