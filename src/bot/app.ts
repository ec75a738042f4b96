import { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { parseCardAction, Verb, type CardAction, type VerbName } from '../cards';
import {
  answerText,
  confirmBulk,
  confirmCancel,
  confirmDecline,
  keep,
  offerCancel,
  offerDecline,
  resolveTimeZone,
  showMeetings,
  type FlowDeps,
  type FlowUser,
  type View,
} from '../flows';
import { catalogFor } from '../i18n';
import { log } from '../log';
import { StorageUnavailableError } from '../storage';
import { SignInNeeded } from '../auth';
import type { BotDeps } from './deps';
import { lazyCalendar } from './lazy-calendar';
import { render } from './render';
import { askToSignIn, routeSignIn } from './sign-in-turns';
import { routeSignInFailure } from './sign-in-failure';
import { userRefOf } from './teams-user';

type Step = (deps: FlowDeps, user: FlowUser, value: unknown) => Promise<View>;

/**
 * The Teams AI application: routes Teams activities to flow steps and their views back to Teams.
 * Thin on purpose: no decisions about meetings are made here.
 */
export function createBot(deps: BotDeps): Application {
  // Typing is sent by `turn` when Graph work starts; Teams AI's own timer is one per app, not per turn.
  const app = new Application({
    adapter: deps.adapter,
    botAppId: deps.botAppId ?? '',
    removeRecipientMention: true,
    startTypingTimer: false,
  });
  const run = (step: Step) => async (context: TurnContext) => turn(deps, context, step);

  app.conversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
    if (botAdded) await turn(deps, context, async () => ({ kind: 'welcome' }), { needsUser: false });
  });

  // One handler per verb; a click whose data is not of its verb's shape is a forged or outdated card.
  const on = <V extends VerbName>(verb: V, step: (deps: FlowDeps, user: FlowUser, data: CardAction<V>) => Promise<View>) =>
    app.adaptiveCards.actionSubmit(
      verb,
      run((d, u, value) => {
        const data = parseCardAction(verb, value);
        return data ? step(d, u, data) : Promise.resolve<View>({ kind: 'notice', notice: { kind: 'staleCard' } });
      }),
    );
  on(Verb.showMeetings, (d, u, data) => showMeetings(d, u, data.page));
  on(Verb.offerCancel, (d, u, data) => offerCancel(d, u, data.meetingId));
  on(Verb.offerDecline, (d, u, data) => offerDecline(d, u, data.meetingId));
  on(Verb.confirmCancel, (d, u, data) => confirmCancel(d, u, data.ticket, data.scope, data.comment));
  on(Verb.confirmDecline, (d, u, data) => confirmDecline(d, u, data.ticket, data.comment));
  on(Verb.confirmBulk, (d, u, data) => confirmBulk(d, u, data.ticket, data.comment));
  on(Verb.keep, (d, u, data) => keep(d, u, data.ticket));

  routeSignIn(app, deps);
  routeSignInFailure(app);

  app.activity('message', async (context) => {
    if (context.activity.value && !context.activity.text?.trim()) {
      // A card button we do not (or no longer) know: say so instead of staying silent.
      log.warn({ event: 'unknown-card-action' }, 'unknown card verb');
      return turn(deps, context, async () => ({ kind: 'notice', notice: { kind: 'staleCard' } }), { needsUser: false });
    }
    const words = (context.activity.text ?? '').slice(0, 1000);
    return turn(deps, context, (d, u) => answerText(d, u, words));
  });

  app.error(async (context, error) => {
    log.error({ event: 'turn-failed', error: error.name, activityType: context.activity.type }, 'turn failed');
    await context.sendActivity(catalogFor(context.activity.locale).unavailable);
  });
  return app;
}

async function turn(deps: BotDeps, context: TurnContext, step: Step, options: { needsUser?: boolean } = {}): Promise<void> {
  const activity = context.activity;
  const catalog = catalogFor(activity.locale);
  if (isShared(context)) {
    await context.sendActivity(catalog.personalOnly);
    return;
  }
  const userRef = userRefOf(activity, deps.defaultTenantId);
  if (!userRef && options.needsUser !== false) {
    await context.sendActivity(catalog.signInAgain);
    return;
  }
  const calendar = lazyCalendar(async () => {
    await context.sendActivity({ type: 'typing' });
    return deps.access.open(userRef!);
  });
  const now = new Date();
  const locale = activity.locale || 'en-US';
  const conversationId = activity.conversation.id;
  try {
    const timeZone =
      userRef && options.needsUser !== false
        ? await resolveTimeZone(
            activity.localTimezone,
            { memory: deps.memory, conversationId, userId: userRef.aadObjectId },
            async () => calendar,
          )
        : 'UTC';
    const user: FlowUser = { id: userRef?.aadObjectId ?? '', tenantId: userRef?.tenantId ?? '', conversationId, locale, timeZone };
    const signOut = async () => {
      if (userRef) await deps.access.signOut(userRef);
    };
    const flowDeps: FlowDeps = { calendar, signOut, tickets: deps.tickets, memory: deps.memory, settings: deps.settings, now };
    const view = await step(flowDeps, user, activity.value);
    await show(deps, context, view, { catalog, locale, timeZone }, user);
  } catch (error) {
    if (error instanceof StorageUnavailableError) {
      log.warn({ event: 'storage-unavailable', operation: error.operation, reason: error.reason }, 'storage failed during a turn');
      await context.sendActivity(catalog.storageUnavailable);
      return;
    }
    if (!(error instanceof SignInNeeded)) throw error;
    await askToSignIn(deps, context, userRef, error.reason);
  }
}

async function show(
  deps: BotDeps,
  context: TurnContext,
  view: View,
  audience: Parameters<typeof render>[1],
  user: FlowUser,
): Promise<void> {
  const rendered = render(view, audience, deps.settings.commentMaxLength);
  if (view.kind === 'outcome') {
    // The card that was clicked becomes its final state, so its buttons cannot fire again.
    // A click names its card; a typed "yes" finds it through the ticket (read only then).
    const cardId = context.activity.value ? context.activity.replyToId : (await deps.tickets.get(view.ticket))?.cardId;
    if (cardId) {
      await context.updateActivity({ ...rendered.activity, id: cardId, type: 'message' });
      if (context.activity.value) return;
    }
  }
  const response = await context.sendActivity(rendered.activity);
  if (rendered.ticket && response?.id) {
    await deps.tickets.attach(rendered.ticket, response.id);
    await deps.memory.remember(user.conversationId, user.id, { pendingTicketId: rendered.ticket });
  }
}

/** A group chat or channel: nobody's calendar is shown there. */
function isShared(context: TurnContext): boolean {
  const conversation = context.activity.conversation;
  return Boolean(conversation?.isGroup) || ['groupChat', 'channel'].includes(conversation?.conversationType ?? '');
}
