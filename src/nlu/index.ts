/** Natural language for the meeting bot: text in, MeetingRequest out. English and German packs. */
export type { Intent, MeetingRequest, UserContext } from './types';
export { MIDDLE, rowOf } from './types';
export { namesAMeeting, understand } from './understand';
export { describeRequest } from './describe';
export { corrected, namesAPart } from './follow-up';
export { MENU_COMMANDS, menuCommand } from './menu-commands';
