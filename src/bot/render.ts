import type { Activity, Attachment } from 'botbuilder';
import { CardFactory, MessageFactory } from 'botbuilder';
import {
  bulkCancelCard,
  chooseCard,
  confirmCancelCard,
  confirmDeclineCard,
  meetingListCard,
  noMatchCard,
  outcomeCard,
  welcomeCard,
  type Audience,
  type CardJson,
} from '../cards';
import type { Notice, View } from '../flows';
import { formatMoment, meetingName, type Catalog } from '../i18n';

/** A view as the message to send. `ticket` is set when the card's buttons point at a ticket. */
export interface Rendered {
  activity: Partial<Activity>;
  ticket?: string;
  /** The earlier card this one replaces (its ticket), as it is to show from now on. */
  replaces?: { ticket: string; activity: Partial<Activity> };
}

export function render(view: View, audience: Audience, commentMaxLength: number): Rendered {
  const rendered = withFirstWaiting(view, audience, renderView(view, audience, commentMaxLength));
  if (!('replaces' in view) || !view.replaces) return rendered;
  const { ticket, outcome } = view.replaces;
  return {
    ...rendered,
    replaces: { ticket, activity: renderView({ kind: 'outcome', outcome, ticket }, audience, commentMaxLength).activity },
  };
}

function renderView(view: View, audience: Audience, commentMaxLength: number): Rendered {
  const c = audience.catalog;
  switch (view.kind) {
    case 'welcome':
      return cardMessage(welcomeCard(audience));
    case 'help':
      return { activity: MessageFactory.text(view.notUnderstood ? `${c.notUnderstood}\n\n${c.help}` : c.help) };
    case 'signedOut':
      return { activity: MessageFactory.text(c.signedOut) };
    case 'list':
      return cardMessage(meetingListCard(audience, view));
    case 'choose':
      return cardMessage(chooseCard(audience, view.candidates, undefined, view.unreadable));
    case 'noMatch':
      return cardMessage(noMatchCard(audience, view.understood, view.nearest, view.unreadable, view.others, view.elsewhere));
    case 'confirmCancel':
      return cardMessage(
        confirmCancelCard(
          audience,
          view.meeting,
          view.ticket,
          commentMaxLength,
          view.comment,
          view.changed,
          view.underWay,
          view.series,
          view.declineAsked,
          view.fromEarlierCard,
          view.notOnDay,
        ),
        view.ticket,
      );
    case 'confirmDecline':
      return cardMessage(
        confirmDeclineCard(
          audience,
          view.meeting,
          view.ticket,
          commentMaxLength,
          view.comment,
          view.changed,
          view.underWay,
          view.fromEarlierCard,
          view.notOnDay,
          view.series,
        ),
        view.ticket,
      );
    case 'confirmBulk':
      return cardMessage(bulkCancelCard(audience, { ...view, commentMaxLength }), view.ticket);
    case 'outcome':
      return cardMessage(outcomeCard(audience, view.outcome, commentMaxLength));
    case 'notice':
      return { activity: MessageFactory.text(noticeText(c, view.notice, audience)) };
  }
}

/** `where`: the user's zone and locale, for a moment a notice names (without it, none is named). */
export function noticeText(c: Catalog, notice: Notice, where?: { timeZone: string; locale: string }): string {
  switch (notice.kind) {
    case 'throttled':
      return c.throttled;
    case 'unavailable':
      return c.unavailable;
    case 'conflict':
      return c.editConflict(notice.action);
    case 'refused':
      return c.refused(notice.action, notice.graphMessage);
    case 'commentTooLong':
      return notice.typed ? c.typedCommentTooLong(notice.length, notice.max) : c.commentTooLong(notice.length, notice.max);
    case 'staleCard':
      return c.staleCard;
    case 'busy':
      return c.busy;
    case 'notDone':
      return c.notDone(notice.action, meetingName(c, notice.subject));
    case 'nothingPending':
      return notice.listOpen ? c.nothingPendingListOpen : c.nothingPending;
    case 'lastCardDone':
      return c.lastCardDone;
    case 'cardWaiting': {
      const { waiting } = notice;
      const card = c.cardWaiting(waiting.action, waiting.subject && meetingName(c, waiting.subject), waiting.count, waiting.series);
      return `${notice.cannot ? c.cannotDo(notice.cannot) : c.notUnderstood} ${card}`;
    }
    case 'cannotDo':
      return c.cannotDo(notice.cannot);
    case 'keptNotOnCard':
      return c.keptNotOnCard;
    case 'keptUnnamed':
      return notice.single ? c.keptUnnamedOne : c.keptUnnamed;
    case 'noMore':
      return c.noMore;
    case 'noSuchRow':
      return c.noSuchRow(notice.rows);
    case 'meetingClosed':
      // No subject known (it could not be read) is not the same as a meeting without one.
      if (notice.why === 'notFound' || notice.subject === undefined) return c.meetingNotFound;
      if (notice.cancelledHere) {
        const at = notice.cancelledHere.at && where ? formatMoment(notice.cancelledHere.at, where.timeZone, where.locale) : undefined;
        return c.meetingCancelledHere(meetingName(c, notice.subject), at);
      }
      return notice.why === 'cancelled'
        ? c.meetingAlreadyCancelled(meetingName(c, notice.subject))
        : c.meetingEnded(meetingName(c, notice.subject));
    case 'refusalWaiting':
      return c.refusalWaiting(meetingName(c, notice.subject), notice.organizer);
    case 'noAccess':
      return c.noAccess;
  }
}

export function cardAttachment(json: CardJson): Attachment {
  return CardFactory.adaptiveCard(json);
}

/** "and … too" with a card this one could not join: the words over it say that card still waits (nothing of it was done). */
function withFirstWaiting(view: View, audience: Audience, rendered: Rendered): Rendered {
  if ((view.kind !== 'confirmCancel' && view.kind !== 'confirmDecline') || !view.firstWaits) return rendered;
  const c = audience.catalog;
  const { action, subject, count, series } = view.firstWaits;
  return {
    ...rendered,
    activity: { ...rendered.activity, text: c.firstStillWaits(action, subject && meetingName(c, subject), count, series) },
  };
}

function cardMessage(json: CardJson, ticket?: string): Rendered {
  return { activity: MessageFactory.attachment(cardAttachment(json)), ticket };
}
