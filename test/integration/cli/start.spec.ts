import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** `npm start` (scripts/start.ts) with `env`, to its end: exit code and everything it printed. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-playground'], {
      cwd: ROOT,
      env: { ...process.env, ...env, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Should it start after all, it is stopped (the assertion then says so).
    const timer = setTimeout(() => child.kill('SIGINT'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm start (scripts/start.ts)', function () {
  this.timeout(60_000);

  it('a port already taken (another npm start) stops it before anything is built or started, saying what to do', async () => {
    const taken = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => taken.once('listening', r));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const { code, output } = await start({ PORT: String(port) });
      assert.equal(code, 1, output);
      assert.match(output, new RegExp(`Port ${port} \\(the bot\\) is already in use.*PORT=<another port> npm start`));
      assert.doesNotMatch(output, /Building|Starting|Sandbox/, 'nothing built or started');
    } finally {
      taken.close();
    }
  });

  it('a port that is not a number is said so', async () => {
    const { code, output } = await start({ PORT: 'eighty' });
    assert.equal(code, 1, output);
    assert.match(output, /PORT=eighty is not a port/);
  });
});
