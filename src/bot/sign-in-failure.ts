import type { Application } from '@microsoft/teams-ai/lib/Application';
import type { TurnContext } from 'botbuilder';
import { catalogFor } from '../i18n';
import { log } from '../log';

/** The invoke Teams sends when its side of SSO fails (the bot never sees a token exchange then). */
export const SIGN_IN_FAILURE = 'signin/failure';

/**
 * What an operator changes for each failure code Teams documents
 * (learn.microsoft.com, Teams SDK "SSO troubleshooting"). Codes not listed are not setup problems
 * we can name: the user is asked to try again.
 */
const SETUP_FIXES: Record<string, string> = {
  resourcematchfailed:
    "AAD_APP_ID_URI (default api://BOT_DOMAIN/botid-BOT_ID) must equal the Entra app's Application ID URI (Expose an API) and webApplicationInfo.resource in the uploaded app package",
  tokenmissing:
    'aad.manifest.json: the access_as_user scope and the pre-authorized Teams clients (1fec8e78-bce4-4aaf-ab1b-5451cc387264, 5e3ce6c0-2b1f-4285-8d4b-75ee78787346) must be applied to the Entra app AAD_APP_CLIENT_ID',
  oauthcardnotvalid: 'the OAuth card the bot sends (AAD_APP_ID_URI, BOT_DOMAIN): Teams could not read it',
  installedappnotfound: 'TEAMS_APP_ID / BOT_ID: the app package with this bot is not installed for the user',
};

/**
 * Teams' own SSO step failed (e.g. "resourcematchfailed": the Application ID URI does not match).
 * Without an answer the user is left waiting; so: tell the user, name the setting in the log,
 * and acknowledge the invoke.
 */
export function routeSignInFailure(app: Application): void {
  app.activity(
    async (context) => context.activity.type === 'invoke' && context.activity.name === SIGN_IN_FAILURE,
    async (context) => answerSignInFailure(context),
  );
}

async function answerSignInFailure(context: TurnContext): Promise<void> {
  const value = (context.activity.value ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof value.code === 'string' && /^[a-z0-9_-]{1,60}$/i.test(value.code) ? value.code.toLowerCase() : 'unknown';
  const fix = SETUP_FIXES[code];
  log.warn(
    {
      event: 'signin-failure',
      code,
      // Teams' short description ("Resource match failed"), never a token; capped in case it is not.
      detail: typeof value.message === 'string' ? value.message.slice(0, 200) : undefined,
      ...(fix ? { fix } : {}),
    },
    fix ? `Teams could not sign the user in (${code}). Check ${fix}.` : `Teams could not sign the user in (${code}).`,
  );
  const catalog = catalogFor(context.activity.locale);
  await context.sendActivity(fix ? catalog.signInSetupBroken(code) : catalog.signInFailed(code));
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200 } });
}
