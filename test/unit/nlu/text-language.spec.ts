import { strict as assert } from 'node:assert';
import { understand } from '../../../src/nlu';
import { packForText } from '../../../src/nlu/text-language';

describe('the language pack that reads a request', () => {
  it("is the Teams locale's when the text is in that language, or when it is not clearly another", () => {
    assert.equal(packForText('sag mein Standup morgen ab', 'de-DE').language, 'de');
    assert.equal(packForText('cancel my standup tomorrow', 'en-US').language, 'en');
    // A German title in an English sentence: as many words of each, so the locale's.
    assert.equal(packForText('cancel the Sync mit dem Lieferanten', 'en-US').language, 'en');
    assert.equal(packForText('Standup', 'de-DE').language, 'de');
  });

  it('is the language the text is written in when that is the other one the bot reads', () => {
    assert.equal(packForText('show my meetings tomorrow', 'de-DE').language, 'en');
    assert.equal(packForText('sag das Meeting morgen ab', 'en-GB').language, 'de');
    // "Meeting" and "Call" are German too: they do not make a German sentence English.
    assert.equal(packForText('den Call mit dem Meeting-Team bitte absagen', 'de-DE').language, 'de');
  });

  it('is English for an unknown locale unless the text is German', () => {
    assert.equal(packForText('cancel my next meeting', 'fr-FR').language, 'en');
    assert.equal(packForText('bitte meinen nächsten Termin absagen', 'fr-FR').language, 'de');
    assert.equal(packForText('', undefined).language, 'en');
  });

  it("reads the words typed, not a Teams mention's tags", () => {
    assert.equal(
      understand('<at>Bot</at> Standup absagen', { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date() }).language,
      'de',
    );
    assert.equal(
      understand('<at>Meeting Bot</at> cancel my standup tomorrow', { locale: 'en-US', timeZone: 'Europe/Berlin', now: new Date() })
        .language,
      'en',
    );
  });
});
