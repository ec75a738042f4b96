import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { en } from '../../src/i18n/en';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { ScaleOut } from './support/scale-out';
import { ALEX, MEGAN } from './support/stack';
import { Turn, type ChatUser } from './support/teams-channel';

const CANCEL = 'POST /me/events/{eventId}/cancel';
const SUBJECT = '1:1 Alex / Megan';

/**
 * State that survives restarts and scales out: two bot processes share Azurite (the Azure Blob
 * Storage emulator) exactly as instances share a storage account in production.
 */
describe('state in Azure Blob Storage: two bot instances sharing Azurite', function () {
  this.timeout(120000);
  let world: ScaleOut;
  let alexA: ChatUser;
  let alexB: ChatUser;

  before(async () => {
    world = await ScaleOut.start();
  });
  after(async () => {
    await world?.stop();
  });
  beforeEach(async () => {
    await world.admin('POST', '/faults', {});
    await world.reset();
    alexA = world.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' }).via(world.url(0));
    alexB = alexA.via(world.url(1));
  });

  async function confirmCardFor(user: ChatUser, subject: string): Promise<{ id: string; content: any }> {
    let page = (await user.say('show my meetings')).card();
    for (let i = 0; i < 5 && !subjectsIn(page.content).includes(subject); i++) {
      page = (await user.click(page.id, button(page.content, 'More'))).card();
    }
    return (await user.click(page.id, buttonFor(page.content, subject))).card();
  }

  async function cancels(): Promise<number> {
    return (await world.stats()).graph.byRoute[CANCEL] ?? 0;
  }

  async function cancellationsMeganGot(): Promise<number> {
    return (await world.mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === `Canceled: ${SUBJECT}`).length;
  }

  function finalText(turn: Turn): string {
    return [...turn.updated.map((a) => cardText(a.attachments?.[0]?.content ?? {})), turn.text()].join('\n');
  }

  it('list on instance A, confirm on instance B: one cancel, the card A sent is updated in place', async () => {
    const confirm = await confirmCardFor(alexA, SUBJECT);
    const done = await alexB.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Sorry, moving this.' });
    assert.equal(done.updated.length, 1);
    assert.equal(done.updated[0].id, confirm.id);
    assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled 1:1 Alex \/ Megan, /);
    assert.equal(await cancels(), 1);
    assert.equal(await cancellationsMeganGot(), 1);
  });

  it('a typed "yes" on instance B confirms the card instance A showed (conversation state is shared)', async () => {
    await confirmCardFor(alexA, SUBJECT);
    const yes = await alexB.say('yes');
    assert.match(finalText(yes), /Cancelled 1:1 Alex \/ Megan, /);
    assert.equal(await cancels(), 1);
  });

  it('the same confirm delivered to A and B at the same moment, 20 fresh cards: exactly one Graph cancel each', async () => {
    for (let i = 0; i < 20; i++) {
      await world.reset();
      const shower = i % 2 ? alexB : alexA;
      const confirm = await confirmCardFor(shower, SUBJECT);
      const data = button(confirm.content, 'Cancel meeting');
      const turns = await Promise.all([
        alexA.click(confirm.id, data, { comment: `round ${i}` }),
        alexB.click(confirm.id, data, { comment: `round ${i}` }),
      ]);
      assert.equal(await cancels(), 1, `round ${i}: one Graph cancel`);
      assert.equal(await cancellationsMeganGot(), 1, `round ${i}: Megan told once`);
      const texts = turns.map(finalText);
      assert.ok(
        texts.some((t) => /Cancelled 1:1 Alex \/ Megan, /.test(t)),
        `round ${i}: one click reports the cancel: ${texts.join(' | ')}`,
      );
      for (const t of texts)
        assert.ok(
          /Cancelled 1:1 Alex \/ Megan, /.test(t) || t.includes(en.busy),
          `round ${i}: the other click sees the outcome or "busy": ${t}`,
        );
    }
  });

  it("instance A killed (SIGKILL) between list and confirm: B completes the flow from A's list", async () => {
    try {
      let list = (await alexA.say('show my meetings')).card();
      while (!subjectsIn(list.content).includes(SUBJECT)) list = (await alexA.click(list.id, button(list.content, 'More'))).card();
      const killed = once(world.bots[0].child, 'exit');
      world.bots[0].child.kill('SIGKILL');
      await killed;
      const confirm = (await alexB.click(list.id, buttonFor(list.content, SUBJECT))).card();
      const done = await alexB.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });
      assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled 1:1 Alex \/ Megan, /);
      assert.equal(await cancels(), 1);
    } finally {
      await world.restart(0);
    }
    alexA = alexA.via(world.url(0));
  });

  it('both instances restarted: no new sign-in (no on-behalf-of grant) and the pending card still confirms', async () => {
    await confirmCardFor(alexA, SUBJECT);
    const before = await world.stats();
    await world.restart(0);
    await world.restart(1);
    alexA = alexA.via(world.url(0));
    alexB = alexA.via(world.url(1));
    const yes = await alexB.say('yes');
    assert.match(finalText(yes), /Cancelled 1:1 Alex \/ Megan, /);
    assert.ok(subjectsIn((await alexA.say('show my meetings')).card().content).length > 0);
    const after = await world.stats();
    assert.equal(after.tokens.byGrant.on_behalf_of ?? 0, before.tokens.byGrant.on_behalf_of ?? 0, 'no token exchange after the restart');
    assert.equal(after.tokens.total, before.tokens.total, 'no token request at all: the persisted cache still holds a valid token');
  });

  it('stored blobs hold no token, SSO assertion or message in clear text', async () => {
    const comment = 'Blob check: my private reason 7f3a';
    const confirm = await confirmCardFor(alexA, SUBJECT);
    await alexB.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment });
    const blobs = await world.rawBlobs();
    const tokens = blobs.filter((b) => b.name.startsWith('tokens%2F'));
    assert.equal(tokens.length, 1, "Alex's token cache is stored");
    assert.match(JSON.parse(tokens[0].text).data, /^v1\./, 'and sealed');
    const tickets = blobs.filter((b) => b.name.startsWith('tickets%2F'));
    assert.ok(tickets.length >= 1, "the cancelled card's ticket is stored");
    for (const ticket of tickets)
      assert.match(JSON.parse(ticket.text).data, /^v1\./, 'each ticket (outcome and message included) is sealed');
    for (const { name, text } of blobs) {
      assert.ok(!/eyJ[\w-]{8,}\.eyJ[\w-]{8,}/.test(text), `${name}: no JWT (access token, ID token or SSO assertion)`);
      assert.ok(!/AccessToken|RefreshToken|IdToken|"secret"|refresh_token/i.test(text), `${name}: no MSAL cache entry in clear`);
      assert.ok(!text.includes('7f3a'), `${name}: no cancellation message in clear`);
      assert.ok(!text.includes('private reason'), `${name}: no cancellation message in clear`);
    }
  });

  it('Azurite stopped before a confirm: "try again", nothing cancelled; once it is back the same button cancels once', async () => {
    const confirm = await confirmCardFor(alexA, SUBJECT);
    const data = button(confirm.content, 'Cancel meeting');
    await world.azurite.stop();
    let down: Turn;
    let list: Turn;
    try {
      down = await alexA.click(confirm.id, data, { comment: 'x' });
      list = await alexB.say('show my meetings');
    } finally {
      await world.azurite.start();
    }
    assert.ok(down.text().includes(en.storageUnavailable), `told to try again: ${down.text()}`);
    assert.ok(list.text().includes(en.storageUnavailable), `a list is also "try again", not "sign in": ${list.text()}`);
    assert.equal(await cancels(), 0);
    const done = await alexB.click(confirm.id, data, { comment: 'x' });
    assert.match(finalText(done), /Cancelled 1:1 Alex \/ Megan, /);
    assert.equal(await cancels(), 1);
    assert.equal(await cancellationsMeganGot(), 1);
    assert.ok(subjectsIn((await alexA.say('show my meetings')).card().content).length > 0, 'the list works again');
  });

  it('Azurite stopped while the Graph cancel is in flight: the card says it was cancelled (never "try again"); nothing is cancelled twice', async () => {
    const confirm = await confirmCardFor(alexA, SUBJECT);
    const data = button(confirm.content, 'Cancel meeting');
    await world.admin('POST', '/faults', { latencyMs: 1500 });
    const logStart = world.channel.log.length;
    const click = alexA.click(confirm.id, data, { comment: 'y' });
    let told: string;
    try {
      while ((await cancels()) === 0) await new Promise((r) => setTimeout(r, 20));
      await world.azurite.stop();
      const down = await click;
      // Past 3 s the click was answered with a "working" card; the outcome follows as an update of that card.
      const deadline = Date.now() + 15000;
      const shown = () =>
        [
          finalText(down),
          ...world.channel.log
            .slice(logStart)
            .map((e) => [e.activity.text ?? '', cardText(e.activity.attachments?.[0]?.content ?? {})].join('\n')),
        ].join('\n');
      while (!/Cancelled 1:1 Alex \/ Megan, /.test(shown()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      told = shown();
    } finally {
      await world.azurite.start();
      await world.admin('POST', '/faults', {});
    }
    assert.match(told, /Cancelled 1:1 Alex \/ Megan, /, 'told the meeting was cancelled');
    assert.ok(!told.includes(en.storageUnavailable), `not told to try again: ${told}`);
    assert.equal(await cancellationsMeganGot(), 1, 'the cancel itself went through');
    const again = await alexA.click(confirm.id, data, { comment: 'y' });
    assert.match(finalText(again), /Cancelled 1:1 Alex \/ Megan, /);
    const fromB = await alexB.click(confirm.id, data, { comment: 'y' });
    assert.match(finalText(fromB), /Cancelled 1:1 Alex \/ Megan, /, 'the saved outcome is shared');
    assert.equal(await cancels(), 1);
    assert.equal(await cancellationsMeganGot(), 1);
  });
});
