import type { Application } from '@microsoft/teams-ai/lib/Application';
import { tokenExchangeOperationName, verifyStateOperationName, type TurnContext } from 'botbuilder';
import type { SignInNeeded, UserRef } from '../auth';
import { catalogFor, type Catalog } from '../i18n';
import { invokeDeadlineMs, within } from './deadline';
import type { BotDeps } from './deps';
import { replayOf } from './sign-in';
import { userRefOf } from './teams-user';

/**
 * The bot cannot reach the user's calendar: in Teams, start sign-in (the request is carried out
 * afterwards); in the Playground, say so (a token Graph rejected was dropped by the turn). Consent to an access
 * only an administrator can grant is said, not asked for: no sign-in can give it.
 */
export async function askToSignIn(
  deps: BotDeps,
  context: TurnContext,
  user: UserRef | undefined,
  needed: SignInNeeded,
  answers?: string,
): Promise<void> {
  const text = signInText(catalogFor(context.activity.locale), deps, needed);
  if (!deps.signIn || !user || adminOnly(deps, needed)) {
    await context.sendActivity(text);
    return;
  }
  await deps.signIn.start(context, user, text, needed.reason === 'consent' ? needed.access : 'own', answers);
}

/**
 * After an answer that went on without some calendars (a flow skipped those whose consent is
 * missing): what is missing, in words, and the consent sign-in for what the user can grant; the
 * request is carried out again once they have. One sign-in card at most.
 */
export async function askForMissingConsent(deps: BotDeps, context: TurnContext, user: UserRef, missing: SignInNeeded[]): Promise<void> {
  const catalog = catalogFor(context.activity.locale);
  const grantable = missing.find((needed) => !adminOnly(deps, needed));
  for (const needed of missing) {
    if (needed !== grantable) await context.sendActivity(signInText(catalog, deps, needed));
  }
  if (grantable) await askToSignIn(deps, context, user, grantable);
}

function adminOnly(deps: BotDeps, needed: SignInNeeded): boolean {
  return needed.reason === 'consent' && deps.access.needsAdmin(needed.access);
}

/** What the user is told: sign in, consent they can give (to what, whose calendar), or consent only an administrator can give. */
export function signInText(catalog: Catalog, deps: BotDeps, needed: SignInNeeded): string {
  if (needed.reason !== 'consent') return catalog.signInAgain;
  if (adminOnly(deps, needed)) return catalog.consentByAdmin(needed.calendarName);
  return needed.access === 'shared' ? catalog.consentShared(needed.calendarName) : catalog.consentNeeded;
}

/** The two invokes of Teams SSO: the token exchange and the end of the consent popup. */
export function routeSignIn(app: Application, deps: BotDeps): void {
  const signIn = deps.signIn;
  if (!signIn) return;
  const invoke = (name: string) => async (context: TurnContext) => context.activity.type === 'invoke' && context.activity.name === name;

  app.activity(invoke(tokenExchangeOperationName), async (context) => {
    const user = userRefOf(context.activity, deps.defaultTenantId);
    const id = (context.activity.value as { id?: unknown } | undefined)?.id;
    if (!user) return respond(context, 400, { id, failureDetail: 'The activity names no Entra user.' });
    let outcome;
    try {
      outcome = await signIn.exchange(context, user);
    } catch (error) {
      // An exchange that failed on the bot's side (storage down, ...) is answered as Teams' SSO expects a failed
      // exchange to be, 412, never left to botbuilder's 501 ("400 Unsupported invoke"); the turn's error handler says the rest.
      await respond(context, 412, { id, connectionName: '', failureDetail: 'The bot could not complete the token exchange.' });
      throw error;
    }
    switch (outcome.kind) {
      case 'invalid':
        return respond(context, 400, { id, failureDetail: 'A token exchange needs an id and a token.' });
      case 'failed':
        // 412 makes Teams show the consent popup (or get a new SSO token) and try again.
        return respond(context, 412, {
          id,
          connectionName: '',
          failureDetail: 'The bot is unable to exchange the token. Ask for user consent.',
        });
      case 'duplicate':
        // Another client of this user sent the same exchange; that one carries on.
        return respond(context, 200, { id });
      case 'signedIn':
        await respond(context, 200, { id });
        if (outcome.pending) await carryOut(app, deps, replayOf(context, outcome.pending));
    }
  });

  app.activity(invoke(verifyStateOperationName), async (context) => {
    const user = userRefOf(context.activity, deps.defaultTenantId);
    await signIn.verifyState(context, user, catalogFor(context.activity.locale).signInAgain);
    await respond(context, 200);
  });
}

/**
 * Carries out the request sign-in interrupted, as a turn of its own. The exchange's HTTP answer
 * waits for it at most the invoke deadline (Teams waits only seconds for it); a longer one goes on
 * after, and fails as any turn does.
 */
async function carryOut(app: Application, deps: BotDeps, replay: TurnContext): Promise<void> {
  const carried = app.run(replay);
  if ((await within(carried, invokeDeadlineMs(deps))) !== 'late') return;
  deps.lateWork?.track(carried.catch((error) => app.adapter.onTurnError?.(replay, error)).catch(() => undefined));
}

async function respond(context: TurnContext, status: number, body?: unknown): Promise<void> {
  await context.sendActivity({ type: 'invokeResponse', value: { status, body } });
}
