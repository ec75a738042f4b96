import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { playgroundConfigFor } from '../../scripts/dev/playground-config';
import { startPlayground } from '../../scripts/dev/playground-process';

/** `npm start -- --user PattiF`: the Playground's current user switched through its config, the repo's file untouched. */
describe('the Playground as another sandbox user', function () {
  this.timeout(90000);

  it('makes the named user (alias, UPN or object id) the current one and keeps the other five', () => {
    for (const who of ['PattiF', 'pattif@contoso.onmicrosoft.com', '00000000-0000-4000-8000-000000000024']) {
      const config = playgroundConfigFor(who);
      try {
        assert.equal(config.upn, 'PattiF@contoso.onmicrosoft.com');
        assert.equal(config.name, 'Patti Fernandez');
        assert.ok(existsSync(config.file));
      } finally {
        config.remove();
      }
      assert.ok(!existsSync(config.file), 'removed at stop');
    }
    assert.throws(
      () => playgroundConfigFor('NestorW'),
      /--user: "NestorW" is not one of the Playground's users \(AlexW, MeganB, AdeleV, IsaiahL, PattiF, LynneR\)/,
    );
  });

  it('the Playground reads it: its config API names Patti as the current user, with Alex among the others', async () => {
    const config = playgroundConfigFor('PattiF');
    // The Playground serves its config without a bot behind it.
    const playground = await startPlayground({ botUrl: 'http://127.0.0.1:9', port: await freePort(), configFile: config.file });
    try {
      const { config: served } = (await (await fetch(`${playground.url}/_internal/v1/config`)).json()) as {
        config: { currentUser: { aadObjectId: string; name: string }; users: { name: string }[]; personalChat: { id: string } };
      };
      assert.equal(served.currentUser.name, 'Patti Fernandez');
      assert.equal(served.currentUser.aadObjectId, '00000000-0000-4000-8000-000000000024');
      assert.deepEqual(
        served.users.map((user) => user.name),
        ['Alex Wilber', 'Megan Bowen', 'Adele Vance', 'Isaiah Langer', 'Lynne Robbins'],
      );
      assert.equal(served.personalChat.id, 'personal-chat-pattif');
    } finally {
      await playground.stop();
      config.remove();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
