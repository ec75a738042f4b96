import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MENU_COMMANDS, menuCommand, understand, type UserContext } from '../../../src/nlu';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'appPackage', 'manifest.json'), 'utf8'));

/** Contexts a command may come in: what it means must not depend on any of them but the language. */
const contexts: UserContext[] = ['en-US', 'en-GB', 'de-DE', 'de-AT', 'fr-FR'].flatMap((locale) =>
  ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kathmandu', 'Australia/Lord_Howe'].flatMap((timeZone) =>
    // An ordinary morning, a DST change night, a year's end.
    ['2026-12-01T06:00:00Z', '2027-03-28T01:30:00Z', '2026-12-31T23:59:00Z'].flatMap((now) =>
      [false, true].map((listShown) => ({ locale, timeZone, now: new Date(now), listShown })),
    ),
  ),
);

describe('menu commands (understood once, kept)', () => {
  it('are exactly the titles of the command menu in the app manifest', () => {
    const titles = manifest.bots.flatMap((bot: { commandLists?: Array<{ commands: Array<{ title: string }> }> }) =>
      (bot.commandLists ?? []).flatMap((list) => list.commands.map((command) => command.title.toLowerCase())),
    );
    assert.deepEqual([...MENU_COMMANDS].sort(), [...new Set(titles)].sort());
  });

  it('mean what reading them means, in every context (so keeping what they mean is right)', () => {
    for (const command of MENU_COMMANDS) {
      for (const context of contexts) {
        for (const typed of [command, command.toUpperCase(), `  ${command.replace(/ /g, '  ')} `]) {
          assert.deepEqual(menuCommand(typed, context), understand(command, context), `${typed} in ${JSON.stringify(context)}`);
        }
      }
    }
  });

  it('hand out a copy each time: a change to one answer is not in the next', () => {
    const context = contexts[0];
    const first = menuCommand('show my meetings', context)!;
    (first as { titleHint?: string }).titleHint = 'changed';
    assert.equal(menuCommand('show my meetings', context)!.titleHint, undefined);
  });

  it('are no other text: more words or punctuation are read as usual', () => {
    const context = contexts[0];
    for (const text of [
      'show my meetings tomorrow',
      'show my meetings.',
      'help me cancel the standup',
      'cancel my next meeting, sorry',
      '',
    ]) {
      assert.equal(menuCommand(text, context), undefined, text);
    }
  });
});
