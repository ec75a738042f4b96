import { setFlagsFromString } from 'node:v8';

/**
 * V8 runs a regular expression in its interpreter first and compiles it to machine code once it is
 * used again ("tier-up"). The language reading runs a few hundred large Unicode patterns per message,
 * and on text with a character outside Latin-1 (an emoji, an en dash, a curly quote) they kept being
 * interpreted: "cancel the standup tomorrow 🙏" took 2-3 ms instead of 0.6, "[EXTERNAL] Client call –
 * Globex" 8 ms instead of 0.5 (the labelled set's p99 rose past 2 ms). Compiled on first use, every
 * message reads in about the same time, Latin-1 or not. Set first thing, before any pattern runs.
 */
setFlagsFromString('--no-regexp-tier-up');
