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
