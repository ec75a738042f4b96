import { strict as assert } from 'node:assert';
import { cardText } from './support/cards';
import { ALEX, stackForSuite } from './support/stack';

/**
 * Teams users in a language the bot does not speak get English throughout (trial 8): dates and zone names in the
 * language of the answer, with the user's regional order where Intl has English for that region; a German speaker
 * in Austria gets German with Austrian conventions.
 */
describe('dates and zone names in the language the bot answers in (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite();
  const listFor = async (locale: string) =>
    cardText(
      (
        await stack()
          .channel.user({ ...ALEX, locale, localTimezone: 'America/Los_Angeles' })
          .say('show my meetings')
      ).card().content,
    );
  const ENGLISH_DAY = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;
  // Whatever month the run falls in (the list shows the coming 7 days).
  const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

  it('pt-BR: English dates as en-US writes them and an English zone name, no Portuguese', async () => {
    const text = await listFor('pt-BR');
    assert.match(text, /^Your meetings in the next 7 days\nTimes in Pacific Time\n/);
    assert.match(text, new RegExp(`\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ${MONTH} \\d{1,2}, \\d{1,2}:\\d{2}\\s[AP]M`));
    assert.doesNotMatch(text, /\b(?:seg|ter|qua|qui|sex|sáb|dom)\.|Horário|de (?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)\b|\.\./);
  });

  it('fr-FR: English, with the day before the month as English is written in France', async () => {
    const text = await listFor('fr-FR');
    assert.match(text, /^Your meetings in the next 7 days\nTimes in Pacific Time\n/);
    assert.match(text, new RegExp(`\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? \\d{1,2} ${MONTH}\\b`));
    assert.doesNotMatch(text, /\b(?:lun|mar|mer|jeu|ven|sam|dim)\.|heure du Pacifique|\.\./i);
  });

  it('de-AT: German, as Austria writes it', async () => {
    const text = await listFor('de-AT');
    assert.match(text, /^Deine Besprechungen/);
    // Austria writes January "Jän." (the other months as Germany does).
    assert.match(text, /\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. (?:Jän\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.)/);
    assert.doesNotMatch(text, /\d\. Jan\./);
    assert.doesNotMatch(text, ENGLISH_DAY);
  });
});
