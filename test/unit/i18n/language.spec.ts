import { strict as assert } from 'node:assert';
import { catalogFor, formatWhen, language } from '../../../src/i18n';
import { packFor } from '../../../src/nlu/packs';

describe('language: one rule from locale to language', () => {
  it('reads the language of a locale in any spelling, and English for anything that is not one', () => {
    assert.equal(language('de-DE'), 'de');
    assert.equal(language(' DE_at '), 'de');
    assert.equal(language('en-GB'), 'en');
    for (const odd of [undefined, null, 42, {}, ['de'], '']) assert.equal(language(odd), 'en', JSON.stringify(odd));
  });

  it('catalogs and NLU packs follow the same rule', () => {
    assert.equal(catalogFor('de_CH').allDay, 'ganztägig');
    assert.equal(packFor('de_CH').language, 'de');
    assert.equal(catalogFor({ evil: true }).allDay, 'all day');
    assert.equal(packFor(7).language, 'en');
  });

  it('all-day wording comes from the catalog of the user', () => {
    const offsite = { start: '2026-12-02T00:00:00.000Z', end: '2026-12-03T00:00:00.000Z', isAllDay: true };
    assert.match(formatWhen(offsite, 'UTC', 'de-DE', catalogFor('de-DE')), /ganztägig$/);
    assert.match(formatWhen(offsite, 'UTC', 'en-US', catalogFor('en-US')), /all day$/);
  });
});

describe('what a click on a card another click holds is told', () => {
  // The bot knows only that a claim holds the card: the work behind it may have died with its process.
  for (const locale of ['en-US', 'de-DE']) {
    it(`${locale}: that it is being worked on and to press again if nothing changes, never that a result will come`, () => {
      const busy = catalogFor(locale).busy;
      assert.match(busy, locale === 'en-US' ? /press the button again/ : /drück den Knopf noch einmal/);
      assert.doesNotMatch(busy, locale === 'en-US' ? /shows the result/ : /zeigt das Ergebnis/);
    });
  }
});
