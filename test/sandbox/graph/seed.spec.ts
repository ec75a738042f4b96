import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCalendarWorld } from '../../../dev/sandbox/graph';
import { defaultSeed, loadSeedFile, parseSeed, SeedError } from '../../../dev/sandbox/seed';
import { NOW } from './support/world-calls';

const validSeed = () => JSON.parse(JSON.stringify(defaultSeed(NOW)));

describe('sandbox seed', () => {
  it('the default seed is the Contoso tenant with Alex Wilber as the Pacific-time default user', () => {
    const seed = defaultSeed(NOW);
    assert.equal(seed.tenantId, '00000000-0000-4000-8000-000000000001');
    const alex = seed.users.find((u) => u.userPrincipalName === 'AlexW@contoso.onmicrosoft.com')!;
    assert.equal(alex.id, '00000000-0000-4000-8000-000000000020');
    assert.equal(alex.mailboxSettings.timeZone, 'Pacific Standard Time');
    assert.deepEqual(
      seed.users.map((u) => u.userPrincipalName.split('@')[0]),
      ['AlexW', 'MeganB', 'AdeleV', 'IsaiahL', 'PattiF', 'LynneR'],
    );
  });

  it('lays meetings out in Alex\'s zone relative to now ("1:1" is tomorrow 11:00 Pacific)', () => {
    const oneOnOne = defaultSeed(NOW).events.find((e) => e.subject === '1:1 Alex / Megan')!;
    assert.deepEqual(oneOnOne.start, { dateTime: '2026-03-06T11:00:00', timeZone: 'Pacific Standard Time' });
  });

  it("exposes consent per permission through the directory: own, shared, none, the admin's; set and reset", () => {
    const world = createCalendarWorld({ now: NOW });
    const scopesOf = (user: string) => world.directory.findUser(user)?.consentedScopes;
    assert.deepEqual(scopesOf('lynner@contoso.onmicrosoft.com'), []);
    assert.deepEqual(scopesOf('00000000-0000-4000-8000-000000000020'), ['Calendars.ReadWrite', 'User.Read', 'MailboxSettings.Read']);
    assert.deepEqual(scopesOf('PattiF@contoso.onmicrosoft.com'), [
      'Calendars.ReadWrite',
      'User.Read',
      'MailboxSettings.Read',
      'Calendars.ReadWrite.Shared',
    ]);
    assert.deepEqual(world.directory.adminConsentedScopes(), ['Group.ReadWrite.All']);
    assert.equal(world.directory.setConsent('LynneR@contoso.onmicrosoft.com', ['User.Read']), true);
    assert.deepEqual(scopesOf('LynneR@contoso.onmicrosoft.com'), ['User.Read']);
    assert.equal(world.directory.setConsent('nobody@contoso.onmicrosoft.com', ['User.Read']), false);
    world.directory.setAdminConsent([]);
    world.reset();
    assert.deepEqual(scopesOf('LynneR@contoso.onmicrosoft.com'), []);
    assert.deepEqual(world.directory.adminConsentedScopes(), ['Group.ReadWrite.All']);
  });

  it('names the bad field when a seed is invalid', () => {
    const seed = validSeed();
    seed.events[2].start.timeZone = 'Atlantis Standard Time';
    assert.throws(
      () => parseSeed(seed),
      (e: Error) => e instanceof SeedError && /events\[2\]\.start\.timeZone: unknown time zone "Atlantis Standard Time"/.test(e.message),
    );
    const badUpn = validSeed();
    badUpn.users[1].userPrincipalName = 'not-an-address';
    assert.throws(() => parseSeed(badUpn), /users\[1\]\.userPrincipalName: Invalid email/);
    const badPattern = validSeed();
    delete badPattern.events[0].recurrence.pattern.daysOfWeek;
    assert.throws(() => parseSeed(badPattern), /events\[0\]\.recurrence\.pattern\.daysOfWeek: required for weekly/);
    const badCalendar = validSeed();
    badCalendar.events[0].calendar = 'Nope';
    assert.throws(() => parseSeed(badCalendar), /events\[0\]\.calendar: .* has no calendar "Nope"/);
  });

  it('loads a seed file and says which file is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(validSeed()));
    assert.equal(loadSeedFile(good).users.length, 6);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ nope');
    assert.throws(
      () => loadSeedFile(bad),
      (e: Error) => e instanceof SeedError && e.message.includes(bad),
    );
  });

  it('stores a meeting once for the organizer and gives attendees copies with the same iCalUId', () => {
    const world = createCalendarWorld({ now: NOW });
    const alex = world.snapshot('AlexW@contoso.onmicrosoft.com')!.events as any[];
    const megan = world.snapshot('MeganB@contoso.onmicrosoft.com')!.events as any[];
    const mine = alex.find((e) => e.subject === '1:1 Alex / Megan');
    const hers = megan.find((e) => e.subject === '1:1 Alex / Megan');
    assert.equal(mine.isOrganizer, true);
    assert.equal(hers.isOrganizer, false);
    assert.notEqual(hers.id, mine.id);
    assert.equal(hers.iCalUId, mine.iCalUId);
    assert.equal(hers.responseStatus.response, 'notResponded');
    const designReview = alex.find((e) => e.subject === 'Design review');
    assert.equal(designReview.isCancelled, true, "Adele cancelled it: Alex's copy shows isCancelled");
    assert.ok((world.snapshot('AdeleV@contoso.onmicrosoft.com')!.deletedItems as any[]).some((e) => e.subject === 'Design review'));
  });
});
