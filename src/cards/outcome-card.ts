import type { Outcome, MeetingSummary } from '../flows/outcomes';
import { formatMoment, formatWhen, meetingName } from '../i18n';
import { card, container, line, note, execute, userText, type Element } from './elements';
import { droppedNote, messageBox, type Audience } from './meeting-cards';
import { Verb } from './verbs';

/**
 * The card a confirm card becomes once its ticket is done: the outcome in words and no live
 * buttons (except "Decline instead" after an organizer refusal, which is a new, open ticket).
 */
export function outcomeCard(a: Audience, outcome: Outcome, commentMaxLength: number): Element {
  const c = a.catalog;
  switch (outcome.kind) {
    case 'cancelled':
      return card([
        userText(
          outcome.scope === 'series'
            ? c.cancelledSeries(name(a, outcome.meeting))
            : c.cancelled(name(a, outcome.meeting), when(a, outcome.meeting)),
          { bold: true },
        ),
        // An appointment with nobody invited: no one was told anything, whatever was typed.
        ...(outcome.meeting.invited === 0
          ? [note(c.nobodyInvited, { subtle: true })]
          : told(c.attendeesToldWith, c.attendeesTold, outcome.comment)),
      ]);
    case 'declined':
      return card([
        userText(
          outcome.scope === 'series'
            ? c.declinedSeries(name(a, outcome.meeting))
            : c.declined(name(a, outcome.meeting), when(a, outcome.meeting)),
          { bold: true },
        ),
        ...told(c.organizerToldWith(outcome.meeting.organizer), c.organizerToldNothing(outcome.meeting.organizer), outcome.comment),
      ]);
    case 'kept':
      if (outcome.meetings?.length) {
        return card([note(c.keptMany(outcome.meetings.length), { color: 'Good' }), ...outcome.meetings.map((m) => summaryLine(a, m))]);
      }
      return card([userText(c.kept(outcome.meeting && name(a, outcome.meeting), outcome.action), { bold: true })]);
    case 'replaced': {
      // The meetings it named, each with its time: the user sees which card this was.
      const meetings = outcome.meetings ?? (outcome.meeting ? [outcome.meeting] : []);
      return card([
        userText(c.replaced(outcome.action), { bold: true }),
        ...meetings.flatMap((m) => [line({ text: name(a, m) }), line({ text: when(a, m), subtle: true })]),
      ]);
    }
    case 'gone':
      if (outcome.meeting && outcome.cancelledHere) {
        const at = outcome.cancelledHere.at;
        return card([
          userText(c.goneCancelledHere(name(a, outcome.meeting), at ? formatMoment(at, a.timeZone, a.locale) : undefined), { bold: true }),
          line({ text: when(a, outcome.meeting), subtle: true }),
        ]);
      }
      // Without the meeting (it was deleted before it could be read), the sentence names none.
      return card([
        userText(
          outcome.meeting
            ? (outcome.ended ? c.endedNothingSent : outcome.started ? c.startedNothingSent : outcome.cancelled ? c.goneCancelled : c.gone)(
                name(a, outcome.meeting),
              )
            : c.goneUnnamed,
          {
            bold: true,
          },
        ),
        ...(outcome.meeting ? [line({ text: when(a, outcome.meeting), subtle: true })] : []),
      ]);
    case 'notOrganizer':
      return card(
        [
          userText(c.notOrganizer(name(a, outcome.meeting), when(a, outcome.meeting), outcome.meeting.organizer), { bold: true }),
          line({ text: `${c.graphSaid} `, subtle: true }, { text: `“${outcome.graphMessage}”`, subtle: true }),
          ...(outcome.declineTicket ? [messageBox(a, c.declineCommentLabel(commentMaxLength), commentMaxLength, outcome.comment)] : []),
        ],
        outcome.declineTicket
          ? [execute(c.declineInstead, { verb: Verb.confirmDecline, ticket: outcome.declineTicket }, { destructive: true })]
          : [],
      );
    case 'cancelledMany': {
      const again = outcome.notCancelled;
      return card(
        [
          // "Cancelled 0 meetings" and "attendees were told" would say what did not happen; "Nothing was cancelled" is
          // not known while some may have been (unconfirmed: said below, and re-read).
          ...(outcome.cancelled.length
            ? [note(c.cancelledMany(outcome.cancelled.length), { color: 'Good' })]
            : outcome.unconfirmed?.length
              ? []
              : [note(c.noneCancelled, { color: 'Attention' })]),
          ...outcome.cancelled.map((m) => summaryLine(a, m)),
          // Said with the meetings its attendees were told of, before any that were not cancelled.
          ...(outcome.cancelled.length ? told(c.attendeesToldWith, c.attendeesTold, outcome.comment) : []),
          ...(outcome.failed.length
            ? [
                container(
                  [
                    note(c.failedMany(outcome.failed.length), { color: 'Attention' }),
                    ...outcome.failed.flatMap((m) => [
                      summaryLine(a, m),
                      ...(m.why
                        ? [
                            userText(c.refusedBecause(m.why.kind, 'graphMessage' in m.why ? m.why.graphMessage : undefined), {
                              subtle: true,
                            }),
                          ]
                        : []),
                    ]),
                  ],
                  { separator: true },
                ),
              ]
            : []),
          ...droppedNote(a, outcome.dropped, c.droppedNotCancelled),
          ...(outcome.unconfirmed?.length
            ? [
                container(
                  [
                    note(c.unconfirmedMany(outcome.unconfirmed.length), { color: 'Warning' }),
                    ...outcome.unconfirmed.map((m) => line({ text: name(a, m), bold: true }, { text: ` · ${when(a, m)}`, subtle: true })),
                  ],
                  { separator: true },
                ),
              ]
            : []),
          ...(again
            ? [
                container(
                  [
                    note((again.why === 'busy' ? c.notCancelledBusy : c.notCancelledUnreachable)(again.meetings.length), {
                      color: 'Warning',
                    }),
                    ...again.meetings.map((m) => summaryLine(a, m)),
                    messageBox(a, c.commentLabel(commentMaxLength), commentMaxLength, outcome.comment),
                  ],
                  { separator: true },
                ),
              ]
            : []),
        ],
        again ? [execute(c.tryAgain, { verb: Verb.confirmBulk, ticket: again.ticket }, { destructive: true })] : [],
      );
    }
    case 'unconfirmed':
      return card([userText(c.unconfirmed(outcome.action, name(a, outcome.meeting), when(a, outcome.meeting)), { bold: true })]);
  }
}

function summaryLine(a: Audience, m: MeetingSummary): Element {
  return line({ text: name(a, m), bold: true }, { text: ` · ${when(a, m)}`, subtle: true });
}

function name(a: Audience, meeting: MeetingSummary): string {
  return meetingName(a.catalog, meeting.subject);
}

function when(a: Audience, meeting: MeetingSummary): string {
  return formatWhen(meeting, a.timeZone, a.locale, a.catalog);
}

function told(withComment: string, without: string | undefined, comment: string): Element[] {
  if (comment) return [note(withComment, { subtle: true }), userText(comment, { italic: true })];
  return without ? [note(without, { subtle: true })] : [];
}
