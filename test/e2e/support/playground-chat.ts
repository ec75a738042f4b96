import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** The personal chat's id, fixed in .m365agentsplayground.yml. */
const PERSONAL_CHAT = 'personal-chat-alexw';
const BOT_NAME = 'Cancel Meetings';
const WAIT_MS = 20_000;

/**
 * The Agents Playground's personal chat in a browser page, driven the way a person does: type into
 * the composer, read cards, type into a card's input, press its buttons. A bot message is pinned by
 * its position in the chat, so a card the bot updates in place stays the same locator.
 */
export class PlaygroundChat {
  /** The data of every card button press (Action.Execute) the page posted to the Playground, in order. */
  readonly submits: Array<Record<string, unknown>> = [];
  /** Messages the user sent (typed or mocked), and messages of any kind the bot has answered. */
  private typed = 0;
  private answered = 0;

  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly url: string,
  ) {
    // A button press is an `adaptiveCard/action` invoke; its answer (the card's next state, which the
    // Playground puts in place of the card) comes back on the same request.
    page.on('request', (request) => {
      if (request.method() !== 'POST' || !request.url().endsWith('/_conversation/v1/invoke')) return;
      const posted = request.postDataJSON();
      if (posted?.name === 'adaptiveCard/action') this.submits.push(posted.value?.action?.data ?? {});
    });
    page.on('requestfinished', (request) => {
      if (
        request.method() === 'POST' &&
        request.url().endsWith('/_conversation/v1/invoke') &&
        request.postDataJSON()?.name === 'adaptiveCard/action'
      )
        this.answered++;
    });
    // The submit request returns before the bot runs; the log stream tells when the bot answered.
    page.on('websocket', (socket) =>
      socket.on('framereceived', (frame) => {
        const log = parse(String(frame.payload))?.log;
        if (log?.activityName === 'message' && log.from === 'Microsoft 365 Agents Playground' && log.response?.statusCode) this.answered++;
      }),
    );
  }

  /** Opens the Playground (which installs the bot in the personal chat) and waits for the bot's first message. */
  static async open(
    browser: Browser,
    url: string,
    options: { timeZone: string; viewport?: { width: number; height: number }; deviceScaleFactor?: number },
  ): Promise<PlaygroundChat> {
    // The page's zone only sets the timestamps the Playground prints next to messages.
    const context = await browser.newContext({
      timezoneId: options.timeZone,
      locale: 'en-US',
      viewport: options.viewport ?? { width: 1280, height: 900 },
      deviceScaleFactor: options.deviceScaleFactor,
    });
    // Under scripts/dev/shift-clock.cjs the page runs at the instant the bot, the Playground and this process
    // read (Chromium takes no offset; Playwright's clock does, and runs on from there). Off otherwise.
    if (process.env.SHIFT_CLOCK_OFFSET_MS) await context.clock.install({ time: Date.now() });
    const chat = new PlaygroundChat(context, await context.newPage(), url);
    await chat.page.goto(url);
    await chat.composer().waitFor({ timeout: WAIT_MS });
    await chat.botMessages().first().waitFor({ timeout: WAIT_MS });
    return chat;
  }

  close(): Promise<void> {
    return this.context.close();
  }

  /** Every message the bot posted, oldest first (the Playground shows no typing indicator). */
  botMessages(): Locator {
    return this.page
      .locator('[aria-label="Message header"]')
      .filter({ has: this.page.locator('[aria-label="Message author"]', { hasText: BOT_NAME }) })
      .locator('xpath=..');
  }

  /** Every message the user sent from the composer, oldest first. */
  userMessages(): Locator {
    return this.page
      .locator('[aria-label="Message header"]')
      .filter({ hasNot: this.page.locator('[aria-label="Message author"]') })
      .locator('xpath=..');
  }

  /** Runs a user action and returns the first bot message posted after it. */
  async reply(action: () => Promise<unknown>): Promise<Locator> {
    const before = await this.botMessages().count();
    await action();
    const message = this.botMessages().nth(before);
    await message.waitFor({ timeout: WAIT_MS });
    return message;
  }

  /** Waits until the bot has answered every message the user sent: typed, mocked or card presses. */
  async settled(): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    const expected = () => this.typed + this.submits.length;
    while (this.answered < expected()) {
      if (Date.now() > deadline) throw new Error(`the bot answered ${this.answered} of ${expected()} messages`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Types into the composer and sends with Enter, as a person does; returns the bot's reply. */
  say(text: string): Promise<Locator> {
    return this.reply(() => this.send(text));
  }

  /** Types and sends without waiting for a new message (for answers that update a card in place). */
  async send(text: string): Promise<void> {
    this.typed++;
    await this.composer().click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Presses a card button that makes the bot post a new message, and returns that message. */
  click(message: Locator, button: string): Promise<Locator> {
    return this.reply(() => this.button(message, button).click());
  }

  button(message: Locator, name: string): Locator {
    return message.getByRole('button', { name, exact: true });
  }

  /** A card's text input (the message to the attendees or the organizer). */
  input(message: Locator): Locator {
    return message.getByRole('textbox');
  }

  /** The rows of a list or choice card whose subject is `subject`. */
  rows(message: Locator, subject: string): Locator {
    return message.locator('.ac-container:not(.ac-adaptiveCard)').filter({ has: this.page.getByText(subject, { exact: true }) });
  }

  /** The first row for `subject` in the list (default: say "show my meetings"), paging with More. */
  async findRow(subject: string, list?: Locator): Promise<Locator> {
    let page = list ?? (await this.say('show my meetings'));
    for (let n = 1; n <= 6; n++) {
      await page.locator('.ac-adaptiveCard').waitFor({ timeout: WAIT_MS });
      const row = this.rows(page, subject).first();
      if (await row.count()) return row;
      page = await this.click(page, 'More');
    }
    throw new Error(`"${subject}" is not in the list`);
  }

  /** Presses the Cancel (or Decline) button of the first `subject` row in a fresh list; returns the card that opens. */
  async openCardFor(subject: string): Promise<Locator> {
    const row = await this.findRow(subject);
    return this.reply(() => row.getByRole('button').first().click());
  }

  /** `sendMocked`, then the bot's reply. */
  sayMocked(options: { text: string; locale: string; timeZone: string }): Promise<Locator> {
    return this.reply(() => this.sendMocked(options));
  }

  /**
   * Sends a message activity through the Playground's "Mock an Activity" API (what its menu posts):
   * the only way to send a locale other than the en-US it hard-codes.
   */
  async sendMocked(options: { text: string; locale: string; timeZone: string }): Promise<void> {
    this.typed++;
    const template = await (await fetch(`${this.url}/_internal/v1/customActivities/template?conversationId=${PERSONAL_CHAT}`)).json();
    const activity = {
      ...template,
      type: 'message',
      text: options.text,
      textFormat: 'plain',
      locale: options.locale,
      localTimezone: options.timeZone,
      entities: [{ type: 'clientInfo', locale: options.locale, timezone: options.timeZone, platform: 'Web' }],
    };
    const response = await fetch(`${this.url}/_internal/v1/customActivities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (!response.ok) throw new Error(`customActivities answered ${response.status}`);
  }

  /** Closes the Playground's log panel: it repeats message texts and takes room in screenshots. */
  async hideLogPanel(): Promise<void> {
    await this.page.getByTitle('Hide log panel').click();
  }

  private composer(): Locator {
    return this.page.locator('[data-lexical-editor="true"]');
  }
}

function parse(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Waits until the message's visible text matches, and returns that text (or fails showing what it was). */
export async function textOf(message: Locator, pattern: RegExp, timeoutMs = WAIT_MS): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await message.innerText();
    if (pattern.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected the message to match ${pattern}, it shows:\n${text}`);
}
