import { strict as assert } from 'node:assert';
import { resolve, type Meeting } from '../../../src/calendar';
import { reasonText } from '../../../src/cards/meeting-cards';
import { catalogFor } from '../../../src/i18n';
import type { UserContext } from '../../../src/nlu';
import { meeting as base } from '../../support/meeting';

// Trial 12 #9: a "which one?" row said 'title matches "standup"' of a "Daily" (no such word in it) and 'title matches
// "1on1"' (a word of ours) for "the 1:1". A reason says only what is true, in the user's words.
const context: UserContext = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: new Date('2026-03-05T17:00:00Z') };
const berlin: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-03-05T08:00:00Z') };
const meeting = (subject: string, start: string): Meeting =>
  base({ subject, start, organizer: { name: 'Maya Chen', email: 'maya@contoso.com' } });

const reasonsOf = (text: string, meetings: Meeting[], ctx: UserContext, locale = 'en') =>
  resolve(text, meetings, ctx).candidates.map((c) => ({
    subject: c.meeting.subject,
    reasons: c.reasons.map((r) => reasonText({ catalog: catalogFor(locale), locale: ctx.locale, timeZone: ctx.timeZone } as never, r)),
  }));

describe('trial 12 #9: why-lines say what is true, in the user words', () => {
  it('"standup" of a "Daily": not said to be in its title', () => {
    const rows = reasonsOf(
      'cancel the standup tomorrow',
      [meeting('Team standup', '2026-03-06T17:00:00Z'), meeting('Daily', '2026-03-06T12:45:00Z')],
      context,
    );
    const daily = rows.find((r) => r.subject === 'Daily')!;
    const standup = rows.find((r) => r.subject === 'Team standup')!;
    assert.ok(standup.reasons.includes('title matches "standup"'), JSON.stringify(standup));
    assert.ok(!daily.reasons.some((r) => /title matches/.test(r)), JSON.stringify(daily));
    assert.ok(daily.reasons.includes('no "standup" in its title, but the same kind of meeting'), JSON.stringify(daily));
  });

  it('"the 1:1": quoted as typed, never as a word of ours', () => {
    const rows = reasonsOf(
      'cancel the 1:1',
      [meeting('1:1 Bernd / Jürgen', '2026-03-06T17:00:00Z'), meeting('1:1 Hana / Priya', '2026-03-06T19:00:00Z')],
      context,
    );
    assert.equal(rows.length, 2);
    for (const row of rows) {
      assert.ok(row.reasons.includes('title matches "1:1"'), JSON.stringify(row));
      assert.ok(!row.reasons.some((r) => /1on1/.test(r)), JSON.stringify(row));
    }
  });

  it('German: "das Standup" of a "Daily", "Jürgen" as typed', () => {
    const rows = reasonsOf(
      'sag das Standup morgen ab',
      [meeting('Standup Jürgen', '2026-03-06T09:00:00Z'), meeting('Daily', '2026-03-06T08:00:00Z')],
      berlin,
      'de',
    );
    const daily = rows.find((r) => r.subject === 'Daily')!;
    assert.ok(!daily.reasons.some((r) => /Titel passt/.test(r)), JSON.stringify(daily));
    assert.ok(
      daily.reasons.some((r) => /kein „standup“ im Titel/.test(r)),
      JSON.stringify(daily),
    );
    const jr = reasonsOf('sag den Termin mit Jürgen morgen ab', [meeting('Standup Jürgen', '2026-03-06T09:00:00Z')], berlin, 'de');
    assert.ok(!JSON.stringify(jr).includes('juergen'), JSON.stringify(jr));
  });
});
