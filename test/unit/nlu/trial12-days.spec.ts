import { strict as assert } from 'node:assert';
import { understand, type UserContext } from '../../../src/nlu';

// Trial 12 #10 (/work/notes/trial12-report.md): "cancel my meetings <day>" without "all" was read as one meeting (a
// list, a "which one?" or straight to one card, depending on the day). A day's meetings said as several are all of them.
const auckland: UserContext = { locale: 'en-NZ', timeZone: 'Pacific/Auckland', now: new Date('2026-12-01T10:00:00Z') };
const chicago: UserContext = { locale: 'en-US', timeZone: 'America/Chicago', now: new Date('2027-03-15T22:30:00Z') };
const berlin: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-12-01T10:40:00Z') };
const vienna: UserContext = { locale: 'de-AT', timeZone: 'Europe/Vienna', now: new Date('2027-06-04T05:00:00Z') };

describe('trial 12: a day\'s meetings said as several ("my meetings friday", "meine Termine morgen")', () => {
  const several: Array<[string, UserContext, 'cancel' | 'decline']> = [
    ['cancel my meetings tomorrow', auckland, 'cancel'],
    ['cancel my meetings on friday', auckland, 'cancel'],
    ['pls cancel meetings on thursday', chicago, 'cancel'],
    ['cancel the appointments I have on monday', chicago, 'cancel'],
    ['drop my calls tomorrow afternoon', chicago, 'cancel'],
    ['cancel my mtgs next tuesday', chicago, 'cancel'],
    ['decline my meetings on wednesday', chicago, 'decline'],
    ['sag meine Termine morgen ab', berlin, 'cancel'],
    ['bitte die Besprechungen am Freitag absagen', berlin, 'cancel'],
    ['meine Meetings übermorgen absagen', vienna, 'cancel'],
    ['sag meine Calls am Montag ab', vienna, 'cancel'],
  ];
  for (const [text, context, intent] of several)
    it(`"${text}": all of that day's, as with "all"`, () => {
      const request = understand(text, context);
      assert.equal(request.intent, intent);
      assert.equal(request.scope, 'all');
      assert.notEqual(request.day, undefined);
      assert.equal(request.titleHint, undefined);
    });

  const one: Array<[string, UserContext]> = [
    ['cancel my meeting tomorrow', auckland],
    ['cancel my meeting on friday', chicago],
    ['cancel my meetings', chicago],
    ['cancel my meetings next week', chicago],
    ['sag meine Termine nächste Woche ab', berlin],
    ['cancel the sales calls on friday', chicago],
    // Review of session 12: some of them, not all ("one of my meetings tomorrow" made a card to cancel the whole day).
    ['cancel one of my meetings tomorrow', auckland],
    ['cancel some of my meetings on friday', chicago],
    ['can you cancel any of my calls tomorrow', chicago],
    ['cancel a couple of my meetings monday', chicago],
    ['sag einen meiner Termine morgen ab', berlin],
    ['bitte eine meiner Besprechungen am Freitag absagen', vienna],
    ['cancel my 3pm meetings tomorrow', chicago],
    ['sag meinen Termin morgen ab', berlin],
    ['sag das Meeting am Freitag ab', vienna],
    ['sag meine Termine ab', berlin],
  ];
  for (const [text, context] of one)
    it(`"${text}": not a day's sweep (one meeting, no day, a title or a time)`, () => {
      const request = understand(text, context);
      const sweep = request.scope === 'all' && request.day !== undefined && !request.titleHint && !request.clock;
      assert.equal(sweep, false, JSON.stringify(request));
    });
});
