import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what is live before a full collection. Left to itself, under
 * steady load V8 let the old space grow to about three times the live heap: the bot keeps about
 * 75 MB live, yet its RSS reached 330 MB after 1,000 conversations (issue 13; 230 MB after the
 * next full collection). Growing by 30% keeps RSS flat near 212 MB (210-214 MB from 200 to 1,600
 * conversations of the bench load) at the same CPU per turn. (--optimize-for-size kept 160 MB but
 * cost 30% more CPU; --max-semi-space-size only works on the command line, not from here.) Set
 * first thing in the process, so every way of starting the bot (npm start, node dist/index.js,
 * App Service) gets it.
 */
setFlagsFromString('--heap-growing-percent=30');
