import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** In a fresh process (this one has loaded them already), as src/index.ts starts the bot. */
function run(body: string): unknown {
  const script = `
    require('./src/unused-recognizers');
    const loaded = () => Object.keys(require.cache).filter((f) => /recognizers-text-/.test(f)).map((f) => f.split(/[\\\\/]@microsoft[\\\\/]/).pop().split(/[\\\\/]/)[0]);
    ${body}`;
  return JSON.parse(execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
}

describe("Recognizers-Text (botbuilder-dialogs' prompts) is loaded on first use, not at start", () => {
  it("Teams AI's Application loads without it; dialogs' culture names are still there", () => {
    const out = run(`
      require('@microsoft/teams-ai/lib/Application');
      const { PromptCultureModels } = require('botbuilder-dialogs');
      process.stdout.write(JSON.stringify({ loaded: loaded(), locales: [PromptCultureModels.English.locale, PromptCultureModels.German.locale] }));`);
    assert.deepEqual(out, { loaded: [], locales: ['en-us', 'de-de'] });
  });

  it('a prompt that uses it loads it then and reads as before', () => {
    const out = run(`
      const { recognizeChoices } = require('botbuilder-dialogs');
      const found = recognizeChoices('the second one', ['a', 'b', 'c'], { locale: 'en-us' })[0].resolution.value;
      process.stdout.write(JSON.stringify({ found, loaded: loaded() }));`);
    assert.deepEqual(out, { found: 'b', loaded: ['recognizers-text-number'] });
  });
});
