import { understand } from './understand';
import type { MeetingRequest, UserContext } from './types';

/**
 * The bot's command menu (appPackage/manifest.json, `commandLists`). Teams sends a command picked there as its title,
 * word for word, and these are the texts the bot is sent most. What each means depends on its words and the user's
 * language only (no day, time or list on screen in them: test/unit/nlu/menu-commands.spec.ts pins that), so each is
 * understood once per language and kept, and a turn that gets one skips the reading (about a tenth of a list turn's
 * CPU, issue 13). Anything else, and a command with more words or punctuation, is read as usual.
 */
export const MENU_COMMANDS: readonly string[] = ['help', 'show my meetings', 'cancel my next meeting'];

const understood = new Map<string, MeetingRequest>();

/** The command menu's text as understood (a copy of its own), or undefined for any other text. */
export function menuCommand(text: string, context: UserContext): MeetingRequest | undefined {
  const command = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!MENU_COMMANDS.includes(command)) return undefined;
  const key = `${context.locale}\n${command}`;
  let request = understood.get(key);
  if (!request) {
    request = understand(command, context);
    // A bounded set: three commands in the locales users have.
    if (understood.size < 1000) understood.set(key, request);
  }
  return structuredClone(request);
}
