import { Application } from '@microsoft/teams-ai/lib/Application';
import { ActivityTypes, INVOKE_RESPONSE_KEY, TurnContext, type Activity } from 'botbuilder';
import { parseCardAction, Verb, workingCard, type Audience, type CardAction, type VerbName } from '../cards';
import {
  answerText,
  confirmBulk,
  confirmCancel,
  confirmDecline,
  keep,
  refreshChoice,
  refreshDeclines,
  refreshList,
  refreshTicket,
  KnownCalendars,
  offerPicked,
  resolveTimeZone,
  unsettledTicket,
  ConfirmedFirst,
  settleUnconfirmed,
  showMeetingsIn,
  unconfirmedTickets,
  type FlowDeps,
  type FlowUser,
  type Settled,
  type View,
  windowFrom,
} from '../flows';
import { CalendarAccessDeniedError, CalendarUnavailableError, MailboxUnavailableError, ThrottledError } from '../calendar/errors';
import { catalogFor, formattingLocale, type Catalog } from '../i18n';
import { errorFields, log } from '../log';
import type { MemoryAccess } from '../state';
import { StorageUnavailableError } from '../storage';
import { SignInNeeded, type UserRef } from '../auth';
import { MissingConsent } from './calendar-access';
import { chatRefusal } from './chat-scope';
import { invokeDeadlineMs, within } from './deadline';
import { DeliveredMessages } from './delivered-messages';
import { LateWork } from './late-work';
import type { BotDeps } from './deps';
import { lazyCalendar } from './lazy-calendar';
import { render, type Rendered } from './render';
import { ANSWERS, REPLAYED } from './sign-in';
import { askForMissingConsent, askToSignIn, routeSignIn, signInText } from './sign-in-turns';
import { routeSignInFailure } from './sign-in-failure';
import { userRefOf } from './teams-user';
import { presentSettled, UnconfirmedWatch } from './unconfirmed-watch';

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
  deps = {
    ...deps,
    unconfirmed: deps.unconfirmed ?? new UnconfirmedWatch(),
    knownCalendars: deps.knownCalendars ?? new KnownCalendars(),
    lateWork: deps.lateWork ?? new LateWork(),
    delivered: deps.delivered ?? new DeliveredMessages(),
  };

  app.conversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
    if (botAdded) await turn(deps, context, async () => ({ kind: 'welcome' }), { needsUser: false });
  });

  // One handler per verb (Universal Actions: an `adaptiveCard/action` invoke whose response is the
  // card's next state); a click whose data is not of its verb's shape is a forged or outdated card.
  const on = <V extends VerbName>(verb: V, step: (deps: FlowDeps, user: FlowUser, data: CardAction<V>) => Promise<View>) =>
    app.adaptiveCards.actionExecute(verb, async (context) => {
      await turn(
        deps,
        context,
        (d, u, value) => {
          const data = parseCardAction(verb, value);
          return data ? step(d, u, data) : Promise.resolve<View>({ kind: 'notice', notice: { kind: 'staleCard' } });
        },
        // Confirms write to Graph (a bulk, or a write waiting out throttling, can outlast Teams' wait for the answer).
        { mayTakeLong: WRITES.has(verb) },
      );
      // Every invoke the turn did not answer (asked to sign in, storage down, ...) gets an answer: the card stays
      // as it is. A turn that threw is answered by the error handler, which knows what it may say.
      await answerInvoke(context, unchanged());
      return '';
    });
  on(Verb.showMeetings, (d, u, data) => showMeetingsIn(d, u, data.page, windowFrom(data.start, data.end), data.calendars));
  on(Verb.offerCancel, (d, u, data) => offerPicked(d, u, data.meetingId, 'cancel'));
  on(Verb.offerDecline, (d, u, data) => offerPicked(d, u, data.meetingId, 'decline'));
  on(Verb.confirmCancel, (d, u, data) => confirmCancel(d, u, data.ticket, data.scope, data.comment));
  on(Verb.confirmDecline, (d, u, data) => confirmDecline(d, u, data.ticket, data.comment, data.scope));
  on(Verb.confirmBulk, (d, u, data) => confirmBulk(d, u, data.ticket, data.comment));
  on(Verb.keep, (d, u, data) => keep(d, u, data.ticket));
  on(Verb.refreshTicket, (d, u, data) => refreshTicket(d, u, data.ticket, data.others, data.leftOut));
  on(Verb.refreshList, (d, u, data) => refreshList(d, u, data, windowFrom(data.start, data.end)));
  on(Verb.refreshChoice, (d, u, data) => refreshChoice(d, u, data.meetingIds, data.reasons));
  on(Verb.refreshDeclines, (d, u, data) => refreshDeclines(d, u, data.meetingIds));
  // Any other Universal Action: a verb we do not (or no longer) know, or a forged one (no verb, not an
  // Action.Execute, which Teams AI's verb routes do not take and botbuilder would leave unanswered): the card
  // stays, the user is told.
  app.addRoute(
    async (context) => isCardAction(context.activity),
    async (context) => {
      log.warn({ event: 'unknown-card-action' }, 'unknown card verb');
      await turn(deps, context, async () => ({ kind: 'notice', notice: { kind: 'staleCard' } }), { needsUser: false });
      await answerInvoke(context, unchanged());
    },
    true,
  );

  routeSignIn(app, deps);
  routeSignInFailure(app);

  const answerMessage = async (context: TurnContext) => {
    if (context.activity.value && !context.activity.text?.trim()) {
      // A card button we do not (or no longer) know: say so instead of staying silent.
      log.warn({ event: 'unknown-card-action' }, 'unknown card verb');
      return turn(deps, context, async () => ({ kind: 'notice', notice: { kind: 'staleCard' } }), { needsUser: false });
    }
    // Bounded for the language reading, but never below what a "yes, <message>" needs: a message within the limit arrives whole.
    const words = (context.activity.text ?? '').slice(0, Math.max(1000, deps.settings.commentMaxLength + 200));
    return turn(deps, context, (d, u) => answerText(d, u, words));
  };
  app.activity('message', async (context) => {
    // A delivery the channel repeated (same activity id) is answered once.
    if (!deps.delivered!.take(context.activity)) {
      log.info({ event: 'repeated-delivery' }, 'a message delivered again is answered once');
      return;
    }
    try {
      await answerMessage(context);
    } catch (error) {
      deps.delivered!.forget(context.activity);
      throw error;
    }
  });

  // The turn's last resort: it must not throw itself, whatever the activity or the channel does.
  app.error(async (context, error) => {
    const activity = context.activity;
    const activityType = String(activity?.type).slice(0, 64);
    const locale = activity?.locale;
    const catalog = catalogFor(typeof locale === 'string' ? locale : undefined);
    const text = failedText(catalog, activity);
    // A click still waiting for its answer gets one Teams shows (botbuilder would leave it unanswered: a 501).
    // Answered in the HTTP response, so even with the channel unreachable.
    const unanswered = isCardAction(activity) && !context.turnState.get(REPLAYED) && !context.turnState.get(INVOKE_RESPONSE_KEY);
    if (unanswered) await answerInvoke(context, errorResponse(text)).catch(() => undefined);
    if (isUndeliverable(error)) {
      log.warn({ event: 'reply-undeliverable', error: error?.name, activityType }, 'the channel could not be reached to answer');
      return;
    }
    log.error({ event: 'turn-failed', ...errorFields(error), activityType }, 'turn failed');
    // A refresh is Teams asking, not the user: it keeps showing the card it has, and nothing is said in the chat.
    if (unanswered && isRefresh(activity)) return;
    try {
      await context.sendActivity(text);
    } catch (sendError) {
      log.warn({ event: 'reply-undeliverable', error: (sendError as Error)?.name, activityType }, 'could not tell the user');
    }
  });
  return app;
}

async function turn(
  deps: BotDeps,
  context: TurnContext,
  step: Step,
  options: { needsUser?: boolean; mayTakeLong?: boolean } = {},
): Promise<void> {
  const activity = context.activity;
  const catalog = catalogFor(activity.locale);
  const refusal = chatRefusal(activity, deps.defaultTenantId);
  if (refusal) {
    await context.sendActivity(refusal === 'shared' ? catalog.personalOnly : catalog.otherOrganization);
    return;
  }
  const userRef = userRefOf(activity, deps.defaultTenantId);
  if (!userRef && options.needsUser !== false) {
    await context.sendActivity(catalog.signInAgain);
    return;
  }
  const now = new Date();
  // Dates and zone names in the language of the answer (the user's region where it has conventions for it).
  const locale = formattingLocale(activity.locale);
  const conversationId = activity.conversation.id;
  // The conversation's record: read at most once in this turn, written once at its end if it changed.
  const memory = deps.memory.forTurn();
  // Calendars a flow went on without (their consent is missing): said after the answer.
  const missing = new MissingConsent();
  // Typing goes out only when a turn that needs the calendar has not answered within TYPING_AFTER_MS
  // (a quick answer needs none, and each typing is a channel round trip); whatever the turn sends next
  // waits for it, so the answer never overtakes it.
  let typing: Promise<unknown> | undefined;
  let typingTimer: NodeJS.Timeout | undefined;
  let answered = false;
  context.onSendActivities(async (_context, activities, next) => {
    if (activities.some((a) => a.type !== 'typing')) {
      answered = true;
      clearTimeout(typingTimer);
      if (typing) await typing;
    }
    return next();
  });
  // An answer may also be a card updated in place (a typed "yes"): no typing after it either.
  context.onUpdateActivity(async (_context, _activity, next) => {
    answered = true;
    clearTimeout(typingTimer);
    return next();
  });
  const calendar = lazyCalendar(async () => {
    typingTimer ??= setTimeout(() => {
      // Work finishing after the click was answered has no turn to send typing in; it goes on without.
      if (!answered) typing = context.sendActivity({ type: 'typing' }).catch(() => undefined);
    }, TYPING_AFTER_MS);
    const { signOuts = 0 } = await memory.load(conversationId, userRef!.aadObjectId);
    return deps.access.open(userRef!, missing, signOuts);
  });
  // A click's answer is due within the deadline counted from the turn's start: the time zone and a
  // leftover to settle run inside it, so a slow leftover cannot make Teams give up on the click.
  // (Not a refresh: Teams keeps showing the card it has, and asks again when it shows it next.)
  const answerable = isCardAction(activity) && !context.turnState.get(REPLAYED);
  const deadlineMs = answerable && !isRefresh(activity) ? invokeDeadlineMs(deps) : undefined;
  // A click may be answered late, and then the turn ends and botbuilder revokes its context, maybe
  // between two sends of one leftover's card and notice: a click's leftovers go to the conversation
  // proactively, whenever they are shown.
  const present = (settled: Settled, audience: Audience) =>
    deadlineMs !== undefined
      ? proactively(deps, activity, (proactive) => presentSettled(proactive, settled, audience, deps.settings.commentMaxLength))
      : presentSettled(context, settled, audience, deps.settings.commentMaxLength);
  // A replayed message read under the card it was typed under (`card`), while a newer one (`since`) was waiting.
  let typedUnder: { card?: string; since?: string } | undefined;
  const newerCardBack = async (shownCard: boolean) => {
    if (typedUnder && userRef && !shownCard) await newerCardWaits(memory, conversationId, userRef.aadObjectId, typedUnder);
  };
  try {
    const work = (async (): Promise<Answer> => {
      // A typed message carried out after sign-in is read as it was typed: under the card then waiting ('': none), not
      // one shown since (a request that needed no new sign-in); that one is the card waiting again after (see newerCardBack).
      const answers = context.turnState.get(ANSWERS) as string | undefined;
      if (answers !== undefined && userRef) {
        const { pendingTicketId } = await memory.load(conversationId, userRef.aadObjectId);
        if (pendingTicketId !== (answers || undefined)) {
          typedUnder = { card: answers || undefined, since: pendingTicketId };
          // Of which kind that card is, its ticket says (pendingBulk unknown).
          await memory.remember(conversationId, userRef.aadObjectId, { pendingTicketId: typedUnder.card, pendingBulk: undefined });
        }
      }
      const timeZone =
        userRef && options.needsUser !== false
          ? await resolveTimeZone(
              activity.localTimezone,
              { memory, conversationId, userId: userRef.aadObjectId, now },
              async () => calendar,
            )
          : 'UTC';
      const user: FlowUser = { id: userRef?.aadObjectId ?? '', tenantId: userRef?.tenantId ?? '', conversationId, locale, timeZone };
      const signOut = async () => {
        if (userRef) await signOutOf(deps, conversationId, userRef);
      };
      const flowDeps: FlowDeps = {
        calendar,
        signOut,
        tickets: deps.tickets,
        memory,
        knownCalendars: deps.knownCalendars!,
        settings: deps.settings,
        now,
      };
      const audience = { catalog, locale, timeZone, viewer: activity.from?.id };
      if (userRef && options.needsUser !== false) await settleLeftovers(flowDeps, user, (settled) => present(settled, audience));
      const view = await step(flowDeps, user, isCardAction(activity) ? activity.value?.action?.data : activity.value).catch(
        async (error: unknown) => {
          if (!(error instanceof ConfirmedFirst)) throw error;
          // "yes, and cancel my 4pm too" whose second part failed: the card it confirmed shows its outcome in place
          // (and is re-read when that is unknown); the failure is then said as any other.
          const { confirmed } = error;
          await show(deps, context, confirmed, render(confirmed, audience, deps.settings.commentMaxLength), user, memory);
          watchIfUnsettled(deps, activity, user, confirmed, audience);
          throw error.reason;
        },
      );
      return { view, user, audience, flowDeps };
    })();
    const answer = deadlineMs === undefined ? await work : await within(work, deadlineMs);
    if (answer === 'late') {
      // Teams waits about 5 s for the click's answer. A confirm's card says it is at work and shows the
      // result when done; any other click leaves its card as it is, and its answer follows as a message.
      const data = activity.value?.action?.data;
      const ticket = options.mayTakeLong && typeof data?.ticket === 'string' ? (data.ticket as string) : undefined;
      // The working card shows no time: the user's zone may not be known yet.
      const working = () => cardResponse(workingCard({ catalog, locale, timeZone: 'UTC', viewer: activity.from?.id }, ticket));
      await answerInvoke(context, options.mayTakeLong ? working() : unchanged());
      // The click goes on whatever happens to what the turn remembered so far (a card left "working" forever otherwise).
      finishLate(deps, context, work, { catalog, memory, workingOn: ticket });
      // What the work remembers from now on is written as it goes.
      await memory
        .save()
        .catch((error) =>
          log.warn({ event: 'memory-save-failed', ...errorFields(error) }, 'what a late click remembered so far was not saved'),
        );
      return;
    }
    const { view, user, audience } = answer;
    const rendered = render(view, audience, deps.settings.commentMaxLength);
    await newerCardBack(Boolean(rendered.ticket));
    // A confirm card is remembered as the pending one once sent (that needs its id), so the memory is
    // written after it; any other answer goes out while the memory is written: one round trip less.
    if (rendered.ticket) {
      await show(deps, context, view, rendered, user, memory);
      await memory.save();
    } else await bothDone(show(deps, context, view, rendered, user, memory), memory.save());
    watchIfUnsettled(deps, activity, user, view, audience);
    // Not on a card's refresh: Teams asks for those by itself, whenever the card is shown again.
    const notGranted = missing.list();
    if (notGranted.length > 0 && userRef && !isRefresh(activity)) await askForMissingConsent(deps, context, userRef, notGranted);
  } catch (error) {
    if (error instanceof StorageUnavailableError) {
      log.warn({ event: 'storage-unavailable', operation: error.operation, reason: error.reason }, 'storage failed during a turn');
      await context.sendActivity(catalog.storageUnavailable);
      return;
    }
    // What the turn learned before it failed (a mailbox zone, a cancel to re-check) is kept if it can be.
    await newerCardBack(false).catch(() => undefined);
    await memory.save().catch(() => undefined);
    // A read Microsoft 365 refused or did not answer is said as such, never as the bot's own failure.
    const unread = readFailureText(catalog, error);
    if (unread) {
      log.warn({ event: 'calendar-read-failed', error: (error as Error).name }, 'the calendar could not be read');
      await context.sendActivity(unread);
      return;
    }
    if (!(error instanceof SignInNeeded)) throw error;
    // Graph refused the cached token: it is dropped, so sign-in gets a fresh one instead of the same dead end.
    if (error.reason === 'rejected' && userRef) {
      await signOutOf(deps, conversationId, userRef).catch((failed) =>
        log.warn({ event: 'sign-out-failed', ...errorFields(failed) }, 'a rejected token could not be dropped; asking to sign in anyway'),
      );
    }
    // A typed message waits with the card waiting as it was typed ('' for none): after sign-in it is read under that
    // one, as it would have been then ("yes", "yes, and cancel my 4pm too", "cancel it"), whatever card came since.
    const answers =
      userRef && isTypedMessage(activity)
        ? ((await memory.load(conversationId, userRef.aadObjectId).catch(() => undefined))?.pendingTicketId ?? '')
        : undefined;
    await askToSignIn(deps, context, userRef, error, answers);
  } finally {
    answered = true;
    clearTimeout(typingTimer);
  }
}

/**
 * Counts the sign-out in the conversation's record, in storage before anything else (so another
 * instance holding the user's tokens in memory drops them on the user's next turn, and a sign-out
 * that could not be counted is "try again", never "signed out"), then forgets the tokens here and
 * in storage.
 */
async function signOutOf(deps: BotDeps, conversationId: string, user: UserRef): Promise<void> {
  await deps.memory.countSignOut(conversationId, user.aadObjectId);
  await deps.access.signOut(user);
}

/**
 * What to tell the user when reading the calendar failed in Microsoft 365 (writes say their own
 * outcome: a flow never lets a write's failure through).
 */
function readFailureText(catalog: Catalog, error: unknown): string | undefined {
  if (error instanceof ThrottledError) return catalog.readThrottled;
  if (error instanceof CalendarUnavailableError) return catalog.readUnavailable;
  if (error instanceof MailboxUnavailableError) return catalog.noMailbox;
  if (error instanceof CalendarAccessDeniedError) return catalog.noAccess;
  return undefined;
}

/** The verbs whose click cancels or declines in Microsoft 365. */
const WRITES: ReadonlySet<string> = new Set<VerbName>([Verb.confirmCancel, Verb.confirmDecline, Verb.confirmBulk]);

/**
 * What the user is told when a turn failed for a reason of the bot's own: after a click, whether
 * anything may have changed (a click that writes may have, before it failed); otherwise no claim.
 */
function failedText(catalog: Catalog, activity: Partial<Activity> | undefined): string {
  if (!activity || !isCardAction(activity)) return catalog.turnFailed;
  return WRITES.has(String(activity.value?.action?.verb)) ? catalog.clickOutcomeUnknown : catalog.clickFailed;
}

/** A message the user typed (not a card's submit with no words). */
function isTypedMessage(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Message && Boolean(activity.text?.trim());
}

/**
 * After a replayed message read under the card it was typed under: when it showed no confirm card of its own, the card
 * shown since (newer) is the one waiting again, and a list it showed came after that one (see cardLastOnScreen).
 */
async function newerCardWaits(
  memory: MemoryAccess,
  conversationId: string,
  userId: string,
  typedUnder: { card?: string; since?: string },
): Promise<void> {
  const { pendingTicketId, rowsAfter } = await memory.load(conversationId, userId);
  if (pendingTicketId !== typedUnder.card) return;
  await memory.remember(conversationId, userId, {
    pendingTicketId: typedUnder.since,
    // Of which kind the newer card is, its ticket says.
    pendingBulk: undefined,
    ...(rowsAfter !== undefined && rowsAfter === typedUnder.card ? { rowsAfter: typedUnder.since } : {}),
  });
}

/** A turn that has not answered by then shows the typing indicator. */
const TYPING_AFTER_MS = 300;

/** What a turn's work ends with: the view, and for whom it is rendered. */
interface Answer {
  view: View;
  user: FlowUser;
  audience: Audience;
  flowDeps: FlowDeps;
}

/**
 * A click answered before its work was done: the result is shown as a turn would show it (an
 * outcome in place of its card, anything else as a message), proactively. A confirm's card, shown
 * "working" meanwhile, gets its buttons back when the click changed nothing (throttled, unavailable).
 */
function finishLate(
  deps: BotDeps,
  context: TurnContext,
  work: Promise<Answer>,
  late: { catalog: Catalog; memory: MemoryAccess; workingOn?: string },
): void {
  // Read now: the turn's context is revoked once the turn ends.
  const activity = context.activity;
  const cardId = activity.replyToId;
  const finishing = work
    .then(async ({ view, user, audience, flowDeps }) => {
      await proactively(deps, activity, async (proactive) => {
        await show(deps, proactive, view, render(view, audience, deps.settings.commentMaxLength), user, late.memory);
        if (view.kind !== 'notice' || !late.workingOn || !cardId) return;
        const card = await refreshTicket(flowDeps, user, late.workingOn);
        const rendered = render(card, audience, deps.settings.commentMaxLength).activity;
        if (card.kind !== 'notice') await proactive.updateActivity({ ...rendered, id: cardId, type: 'message' });
      });
      log.info({ event: 'late-result-shown', shown: view.kind }, 'a click that outlasted the invoke finished');
      watchIfUnsettled(deps, activity, user, view, audience);
    })
    .catch(async (error) => {
      log.error({ event: 'late-result-failed', ...errorFields(error) }, 'a click that outlasted the invoke failed');
      // As a turn would say it: storage down means "try again" (the ticket tells the next click what happened),
      // a read Microsoft 365 refused or did not answer is said as such.
      const c = late.catalog;
      const text =
        error instanceof StorageUnavailableError
          ? c.storageUnavailable
          : error instanceof SignInNeeded
            ? signInText(c, deps, error)
            : (readFailureText(c, error) ?? failedText(c, activity));
      await proactively(deps, activity, (proactive) => proactive.sendActivity(text)).catch(() => undefined);
    });
  deps.lateWork!.track(finishing);
}

/** Cards this user was told "I couldn't confirm ..." about, settled first thing in their next turn. */
async function settleLeftovers(flowDeps: FlowDeps, user: FlowUser, present: (settled: Settled) => Promise<void>): Promise<void> {
  try {
    for (const ticketId of await unconfirmedTickets(flowDeps, user)) {
      const settled = await settleUnconfirmed(flowDeps, user, ticketId);
      if (typeof settled === 'object') await present(settled);
    }
  } catch (error) {
    // Still unknown (Graph or storage down): the user's request goes on; the next turn tries again.
    log.warn({ event: 'unconfirmed-recheck-failed', ...errorFields(error) }, 'settling an unconfirmed outcome failed');
  }
}

/** Sends to the activity's conversation outside its turn (the turn may be over). */
function proactively(deps: BotDeps, activity: Partial<Activity>, send: (proactive: TurnContext) => Promise<unknown>): Promise<void> {
  return deps.adapter.continueConversationAsync(deps.botAppId ?? '', TurnContext.getConversationReference(activity), async (proactive) => {
    await send(proactive);
  });
}

/** A view showing the outcome of a write whose answer was lost (its own, or a card's confirmed on the way): re-read it. */
function watchIfUnsettled(deps: BotDeps, activity: Activity, user: FlowUser, view: View, audience: Audience): void {
  const ticket = unsettledTicket(view);
  if (ticket) watchUnconfirmed(deps, activity, user, ticket, audience);
}

/** Re-reads in the background, with the user's calendar, and updates the card once the answer is known. */
function watchUnconfirmed(deps: BotDeps, activity: Activity, user: FlowUser, ticketId: string, audience: Audience): void {
  const userRef = userRefOf(activity, deps.defaultTenantId)!;
  const calendar = lazyCalendar(() => deps.access.open(userRef));
  deps.unconfirmed!.watch(async () => {
    const signOut = () => deps.access.signOut(userRef);
    const flowDeps: FlowDeps = {
      calendar,
      signOut,
      tickets: deps.tickets,
      memory: deps.memory,
      knownCalendars: deps.knownCalendars!,
      settings: deps.settings,
      now: new Date(),
    };
    const settled = await settleUnconfirmed(flowDeps, user, ticketId);
    if (settled === 'pending') return false;
    if (settled === 'none') return true;
    await proactively(deps, activity, (proactive) => presentSettled(proactive, settled, audience, deps.settings.commentMaxLength));
    log.info({ event: 'unconfirmed-settled', shown: settled.view.kind }, 'an unconfirmed outcome was settled in the background');
    return true;
  });
}

async function show(
  deps: BotDeps,
  context: TurnContext,
  view: View,
  rendered: Rendered,
  user: FlowUser,
  memory: MemoryAccess,
): Promise<void> {
  if (isCardAction(context.activity) && !context.turnState.get(REPLAYED)) {
    const card = rendered.activity.attachments?.[0]?.content;
    // The clicked card's next state goes back in the invoke response: Teams replaces the card, with
    // no separate update call. A refresh only ever answers with the card's true state.
    if (card && (view.kind === 'outcome' || isRefresh(context.activity))) return answerInvoke(context, cardResponse(card));
    if (isRefresh(context.activity)) return answerInvoke(context, unchanged());
    await answerInvoke(context, unchanged());
  } else if (view.kind === 'outcome') {
    // A typed "yes", or a click replayed after sign-in (its invoke was answered then).
    // The card that was clicked becomes its final state, so its buttons cannot fire again.
    // A click names its card; a typed "yes" finds it through the ticket.
    const cardId = isCardAction(context.activity) ? context.activity.replyToId : await deps.tickets.cardOf(view.ticket);
    if (cardId) {
      // The card itself shows the outcome; a typed "yes" gets no second copy of it below.
      await context.updateActivity({ ...rendered.activity, id: cardId, type: 'message' });
      return;
    }
  }
  const response = await context.sendActivity(rendered.activity);
  if (rendered.ticket && response?.id) {
    await deps.tickets.attach(rendered.ticket, response.id);
    await memory.remember(user.conversationId, user.id, { pendingTicketId: rendered.ticket, pendingBulk: view.kind === 'confirmBulk' });
  }
  // The card this one replaced shows so in place (its ticket already says so to a click or a refresh).
  const replacedCard = rendered.replaces && (await deps.tickets.cardOf(rendered.replaces.ticket));
  // The new card is out: a replaced card that cannot be updated (deleted in Teams) only keeps its old look, and its
  // ticket still answers a click or a refresh with "replaced".
  if (rendered.replaces && replacedCard)
    await context
      .updateActivity({ ...rendered.replaces.activity, id: replacedCard, type: 'message' })
      .catch((error) =>
        log.warn({ event: 'replaced-card-not-updated', ...errorFields(error) }, 'a replaced card could not be updated in place'),
      );
}

/** Waits for both; then throws the first one's failure, else the second's (so what is said next follows both). */
async function bothDone(first: Promise<unknown>, second: Promise<unknown>): Promise<void> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
}

/** A card button (Action.Execute) or a card's refresh: an `adaptiveCard/action` invoke. */
function isCardAction(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Invoke && activity.name === 'adaptiveCard/action';
}

function isRefresh(activity: Partial<Activity>): boolean {
  return activity.value?.trigger === 'automatic' || /^refresh/.test(String(activity.value?.action?.verb));
}

/** The invoke's answer; sent before anything else the turn posts, so Teams can show it at once. */
async function answerInvoke(context: TurnContext, body: Record<string, unknown>): Promise<void> {
  if (context.turnState.get(INVOKE_RESPONSE_KEY)) return;
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}

function cardResponse(card: unknown): Record<string, unknown> {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

/**
 * A click that failed, in the Universal Actions error shape (`application/vnd.microsoft.error`, status 500:
 * "an unexpected error occurred"), with the message the user is told. The HTTP status stays 200: the
 * invoke itself was taken and answered (botbuilder's 501 would reach Teams as a failed request).
 */
function errorResponse(message: string): Record<string, unknown> {
  return { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'InternalServerError', message } };
}

/** The card stays as it is (its answer, if any, is a message in the chat). */
function unchanged(): Record<string, unknown> {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' };
}

/**
 * The channel could not take the reply: unreachable (no HTTP status), or the conversation is gone
 * or closed to the bot (403, 404). Nobody can be told anything in this turn. Any other status
 * (a 400 for a card the channel refuses) is a bug and stays a failed turn.
 */
function isUndeliverable(error: unknown): boolean {
  const e = error as { name?: string; statusCode?: number } | undefined;
  return e?.name === 'RestError' && (e.statusCode === undefined || e.statusCode === 403 || e.statusCode === 404);
}
