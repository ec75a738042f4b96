/**
 * The V8 flags the bot runs with, given on node's command line wherever the bot is started
 * (package.json `start:bot`, the App Service's command line in infra/azure.bicep, the dev stack and
 * tests through scripts/dev/bot-process.ts). Not set from code with `v8.setFlagsFromString`: Node
 * warns that changing flags once V8 runs may crash, and it did: setting `--no-regexp-tier-up` at the
 * top of src/index.ts crashed about one start in twenty with Application Insights on (SIGSEGV in
 * NativeRegExpMacroAssembler::Execute, a pattern compiled before the change run as machine code).
 *
 * - `--no-regexp-tier-up`: V8 runs a regular expression in its interpreter first and compiles it to
 *   machine code once it is used again ("tier-up"). The language reading runs a few hundred large
 *   Unicode patterns per message, and on text with a character outside Latin-1 (an emoji, an en
 *   dash, a curly quote) they kept being interpreted: "cancel the standup tomorrow 🙏" took 2-3 ms
 *   instead of 0.6, "[EXTERNAL] Client call – Globex" 8 ms instead of 0.5. Compiled on first use,
 *   every message reads in about the same time, Latin-1 or not.
 * - `--heap-growing-percent=30`: how far V8 lets the heap grow past what is live before a full
 *   collection. Left to itself, under steady load the old space grew to about three times the live
 *   heap (75 MB live, RSS 330 MB after 1,000 conversations; issue 13). Growing by 30% keeps RSS flat
 *   near 212 MB at the same CPU per turn.
 */
export const BOT_NODE_FLAGS = ['--no-regexp-tier-up', '--heap-growing-percent=30'] as const;

/** The flags this process was started without (the bot warns at start: it runs, slower or larger). */
export function missingNodeFlags(execArgv: readonly string[] = process.execArgv): string[] {
  return BOT_NODE_FLAGS.filter((flag) => !execArgv.includes(flag));
}
