/** Match scores shared by ranking (candidates.ts) and the clear choice (clear-choice.ts). */

/** What each word of a request that matches a meeting adds, at most. */
export const WORD = 40;
/** Between equal matches, what ranks the one the user can act on first. */
export const ACTIONABLE = 1;
/** Scores closer than this are about as good a match (a prefix of a title word against a whole name). */
export const SIMILAR = WORD / 4;
