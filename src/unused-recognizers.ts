import Module from 'node:module';

/**
 * Teams AI's Application loads botbuilder-dialogs for its own sign-in prompts, and botbuilder-dialogs
 * loads Microsoft's Recognizers-Text (numbers, dates, choices in ten languages) for its prompts:
 * about 39 MB of RSS and 15 MB of live heap, a fifth of the bot's, that every collection marks again.
 * The bot uses neither (it signs in with Teams SSO, and reads text with its own NLU), so these modules
 * are loaded the first time anything reads from them, not at start. botbuilder-dialogs reads only
 * culture names while it loads; those come from the small base package the recognizers share.
 * Anything else works as before, after a first use that loads the module.
 */
const RECOGNIZERS = new Set([
  '@microsoft/recognizers-text-suite',
  '@microsoft/recognizers-text-date-time',
  '@microsoft/recognizers-text-number',
  '@microsoft/recognizers-text-choice',
]);

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };
const load = loader._load;

loader._load = function (this: unknown, request, parent, isMain) {
  if (!RECOGNIZERS.has(request)) return load.call(this, request, parent, isMain);
  let loaded: Record<PropertyKey, unknown> | undefined;
  const real = () => (loaded ??= load.call(this, request, parent, isMain) as Record<PropertyKey, unknown>);
  return new Proxy({} as Record<PropertyKey, unknown>, {
    get: (_, key) => {
      // An ES module's exports (so TypeScript's import helpers take it as it is, named exports read through).
      if (key === '__esModule') return true;
      if (key === 'Culture' && !loaded) return cultureNames();
      return real()[key];
    },
    has: (_, key) => key in real(),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Object.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
};

/** The culture names (Culture.English = "en-us", ...): the suite's Culture extends its base package's, which holds them. */
function cultureNames(): unknown {
  const fromSuite = Module.createRequire(require.resolve('@microsoft/recognizers-text-suite'));
  return (fromSuite('@microsoft/recognizers-text') as { Culture: unknown }).Culture;
}
