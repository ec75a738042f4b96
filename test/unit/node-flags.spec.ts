import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { botNodeArgs } from '../../scripts/dev/bot-process';
import { BOT_NODE_FLAGS, missingNodeFlags } from '../../src/node-flags';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(path.join(ROOT, file)).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** The V8 flags go on node's command line everywhere the bot starts; set from code they crashed it (src/node-flags.ts). */
describe("the bot's V8 flags are on node's command line wherever it starts, never set from code", () => {
  it('npm run start:bot, the App Service (infra/azure.bicep) and the dev stack and tests (bot-process) pass every flag before the entry point', () => {
    const startBot = JSON.parse(read('package.json')).scripts['start:bot'] as string;
    const appCommandLine = /appCommandLine: '([^']+)'/.exec(read('infra/azure.bicep'))?.[1] ?? '';
    for (const [where, args] of [
      ['start:bot', startBot.split(/\s+/)],
      ['azure.bicep', appCommandLine.split(/\s+/)],
      ['bot-process (dist)', ['node', ...botNodeArgs(true)]],
      ['bot-process (sources)', ['node', ...botNodeArgs(false)]],
    ] as const) {
      const entry = args.findIndex((arg) => /(^|\/)(dist|src)\/index\.(js|ts)$/.test(arg));
      assert.ok(entry > 0, `${where}: ${args.join(' ')} starts the bot`);
      assert.deepEqual(missingNodeFlags(args.slice(1, entry)), [], `${where}: ${args.join(' ')}`);
    }
  });

  it('no source sets a V8 flag at run time', () => {
    for (const file of [...sources('src'), ...sources('bench'), ...sources('scripts')]) {
      assert.ok(!/setFlagsFromString\s*\(/.test(read(file)), `${file} calls v8.setFlagsFromString`);
    }
  });

  it('a process started without them is told which are missing', () => {
    assert.deepEqual(missingNodeFlags(['--require', 'tsx/cjs']), [...BOT_NODE_FLAGS]);
    assert.deepEqual(missingNodeFlags(['--heap-growing-percent=30']), ['--no-regexp-tier-up']);
    assert.deepEqual(missingNodeFlags([...BOT_NODE_FLAGS, '--cpu-prof']), []);
  });
});
