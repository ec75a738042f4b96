import type { CardData } from './verbs';

/**
 * The few Adaptive Card elements our cards are made of (schema 1.5, what Teams renders).
 * Text that comes from users or calendars (subjects, names, comments) goes through `userText`: a
 * TextRun, which Adaptive Cards never read as markdown, so "[x](https://evil)" stays text.
 */
export type Element = Record<string, unknown>;

export const CARD_VERSION = '1.5';

export function card(body: Element[], actions: Element[] = []): Element {
  const root: Element = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
  };
  if (actions.length) root.actions = actions;
  return root;
}

/** Our own words (no user content): may use Adaptive Cards' markdown. */
export function heading(text: string): Element {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true };
}

export function note(text: string, options: { subtle?: boolean; color?: 'Attention' | 'Good' | 'Warning' } = {}): Element {
  return {
    type: 'TextBlock',
    text,
    wrap: true,
    ...(options.subtle ? { isSubtle: true } : {}),
    ...(options.color ? { color: options.color } : {}),
  };
}

/** Text that may come from anyone: shown literally. */
export function userText(text: string, options: { bold?: boolean; subtle?: boolean; italic?: boolean } = {}): Element {
  return {
    type: 'RichTextBlock',
    inlines: [
      {
        type: 'TextRun',
        text: text || ' ',
        ...(options.bold ? { weight: 'Bolder' } : {}),
        ...(options.subtle ? { isSubtle: true } : {}),
        ...(options.italic ? { italic: true } : {}),
      },
    ],
  };
}

/** One line mixing our words and user content, each run literal. */
export function line(...runs: Array<string | { text: string; bold?: boolean; subtle?: boolean }>): Element {
  return {
    type: 'RichTextBlock',
    inlines: runs.map((run) => {
      const r = typeof run === 'string' ? { text: run } : run;
      return { type: 'TextRun', text: r.text, ...(r.bold ? { weight: 'Bolder' } : {}), ...(r.subtle ? { isSubtle: true } : {}) };
    }),
  };
}

export function container(items: Element[], options: { separator?: boolean; style?: 'emphasis' } = {}): Element {
  return {
    type: 'Container',
    items,
    ...(options.separator ? { separator: true, spacing: 'Medium' } : {}),
    ...(options.style ? { style: options.style } : {}),
  };
}

export function submit(title: string, data: CardData, options: { primary?: boolean; destructive?: boolean } = {}): Element {
  const style = options.destructive ? 'destructive' : options.primary ? 'positive' : undefined;
  return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
}

export function actionSet(actions: Element[]): Element {
  return { type: 'ActionSet', actions };
}

/**
 * The message box. No `maxLength`: clients enforce it by silently cutting what is typed or pasted.
 * The label states the limit; clients that validate (schema 1.3) refuse longer text with
 * `tooLong`, and the bot refuses it again, naming the limit, for those that do not.
 */
export function commentInput(id: string, label: string, placeholder: string, maxLength: number, tooLong: string, value?: string): Element {
  return {
    type: 'Input.Text',
    id,
    label,
    placeholder,
    isMultiline: true,
    regex: `^[\\s\\S]{0,${maxLength}}$`,
    errorMessage: tooLong,
    ...(value ? { value } : {}),
  };
}
