import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { TEST_STATE_DIR } from './support/sandbox-fixture';
import { requestSandbox } from './support/https-client';
import type { ReadyInfo } from '../../dev/sandbox';

const CLI = path.join(__dirname, '..', '..', 'dev', 'sandbox', 'cli.ts');

function runCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--require', 'tsx/cjs', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

/** Everything on stdout up to the first newline (the CLI promises exactly one JSON line). */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      if (buffered.includes('\n')) resolve(buffered.slice(0, buffered.indexOf('\n')));
    });
    child.once('exit', (code) => reject(new Error(`CLI exited (${code}) before printing its ready line`)));
  });
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('sandbox CLI (npm run sandbox)', () => {
  let child: ChildProcess | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await exitOf(child);
    }
  });

  it('prints exactly one ReadyInfo JSON line, writes ready.json, serves, and exits 0 on SIGTERM freeing the port', async () => {
    child = runCli(['--port', '0', '--state-dir', TEST_STATE_DIR, '--now', '2026-12-01T09:00:00Z', '--latency-ms', '0']);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const info = JSON.parse(await firstLine(child)) as ReadyInfo;
    assert.deepEqual(Object.keys(info).sort(), [
      'admin',
      'appIdUri',
      'authority',
      'caCert',
      'clientId',
      'clientSecret',
      'defaultUser',
      'graph',
      'tenantId',
    ]);
    assert.match(info.graph, /^https:\/\/localhost:\d+\/v1\.0$/);
    assert.equal(info.authority, `${new URL(info.graph).origin}/00000000-0000-4000-8000-000000000001`);
    assert.equal(info.appIdUri, `api://botid-${info.clientId}`);
    assert.equal(info.defaultUser, 'AlexW@contoso.onmicrosoft.com');
    assert.equal(info.caCert, path.join(TEST_STATE_DIR, 'ca.pem'));
    const readyFile = path.join(TEST_STATE_DIR, 'ready.json');
    assert.deepEqual(JSON.parse(fs.readFileSync(readyFile, 'utf8')), info);

    const discovery = await requestSandbox(info, 'GET', `${info.authority}/v2.0/.well-known/openid-configuration`);
    assert.equal(discovery.status, 200);

    child.kill('SIGTERM');
    assert.equal(await exitOf(child), 0);
    assert.equal(stdout.trim().split('\n').length, 1, 'one line on stdout, logs on stderr');
    assert.equal(await refusesConnections(Number(new URL(info.graph).port)), true);
    assert.equal(fs.existsSync(readyFile), false, 'ready.json removed on a clean stop');
  });

  it('refuses a malformed flag with exit code 1 and a message on stderr', async () => {
    child = runCli(['--fault-rate', '429=2', '--state-dir', TEST_STATE_DIR]);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    assert.equal(await exitOf(child), 1);
    assert.match(stderr, /rates\.429/);
  });
});
