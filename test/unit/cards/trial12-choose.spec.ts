import { strict as assert } from 'node:assert';
import { chooseCard, type Audience } from '../../../src/cards';
import { catalogFor } from '../../../src/i18n';
import { cardProblems, cardText } from '../../support/adaptive-card';
import { meeting } from '../../support/meeting';

// Trial 12 #14: a "which one?" card with a single row. One row is asked about, saying it fits only part of the request.
const en: Audience = { catalog: catalogFor('en-US'), locale: 'en-US', timeZone: 'Asia/Kolkata' };
const de: Audience = { catalog: catalogFor('de-DE'), locale: 'de-DE', timeZone: 'Europe/Berlin' };
const reasons = [{ kind: 'calendar' as const, detail: 'Hana Kobayashi', owner: 'person' as const }];
const one = meeting({ id: 'a', subject: 'Investor update' });
const other = meeting({ id: 'b', subject: 'Board prep' });

describe('trial 12 #14: a "which one?" of one meeting', () => {
  it('asks about the one row, saying it fits only part of what was said (EN, DE)', () => {
    const english = cardText(chooseCard(en, [{ meeting: one, reasons }]));
    assert.match(english, /^Is this the meeting you mean\?\nIt fits only part of what you said/, english);
    assert.doesNotMatch(english, /Which meeting do you mean/);
    const german = cardText(chooseCard(de, [{ meeting: one, reasons }]));
    assert.match(german, /^Meinst du diese Besprechung\?\nSie passt nur zum Teil/, german);
    assert.deepEqual(cardProblems(chooseCard(en, [{ meeting: one, reasons }])), []);
  });

  it('several rows are still a choice between them', () => {
    const text = cardText(
      chooseCard(en, [
        { meeting: one, reasons },
        { meeting: other, reasons },
      ]),
    );
    assert.match(text, /^Which meeting do you mean\?/, text);
    assert.doesNotMatch(text, /fits only part/);
  });
});
