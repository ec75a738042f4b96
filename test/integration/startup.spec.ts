import { strict as assert } from 'node:assert';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sandboxEnvironment, startBotProcess } from '../../scripts/dev/bot-process';
import type { ReadyInfo } from '../../dev/sandbox';

/** Made-up sandbox values: these starts must fail before anything is contacted. */
const info: ReadyInfo = {
  graph: 'https://localhost:1/v1.0',
  authority: 'https://localhost:1/00000000-0000-4000-8000-000000000001',
  tenantId: '00000000-0000-4000-8000-000000000001',
  caCert: '/nonexistent/ca.pem',
  admin: 'https://localhost:1/_sandbox',
  clientId: '00000000-0000-4000-8000-00000000b07a',
  clientSecret: 'x',
  appIdUri: 'api://botid-x',
  defaultUser: 'AlexW@contoso.onmicrosoft.com',
};

describe('the bot process refuses to start with a clear message', function () {
  this.timeout(30000);

  it('when its port is taken, naming the port and PORT', async () => {
    const squatter = http.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const port = (squatter.address() as AddressInfo).port;
    try {
      await assert.rejects(
        startBotProcess({ env: { ...sandboxEnvironment(info), NODE_EXTRA_CA_CERTS: '' }, port }),
        new RegExp(`Port ${port} is already in use.*set PORT`, 's'),
      );
    } finally {
      squatter.close();
    }
  });

  it('when half-configured, naming the variable and the env file to put it in', async () => {
    const env = { ...sandboxEnvironment(info), NODE_EXTRA_CA_CERTS: '', SANDBOX_ADMIN: '', BOT_ID: '00000000-0000-4000-8000-000000000011' };
    await assert.rejects(
      startBotProcess({ env }),
      /Configuration error: SECRET_BOT_PASSWORD is required when BOT_ID is set\. Set SECRET_BOT_PASSWORD in env\/\.env\.playground\.user/,
    );
  });
});
