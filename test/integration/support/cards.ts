import { cardText, submitData } from '../../support/adaptive-card';

/** The data of the button titled `title` in the card row whose subject is `subject`. */
export function buttonFor(card: any, subject: string, title?: string): Record<string, unknown> {
  const rows: any[] = (card.body ?? []).filter((e: any) => e.type === 'Container');
  for (const row of rows) {
    const text = cardText(row);
    if (text.split('\n')[0] !== subject) continue;
    const actions = (row.items ?? []).filter((i: any) => i.type === 'ActionSet').flatMap((s: any) => s.actions);
    const action = title ? actions.find((a: any) => a.title === title) : actions[0];
    if (action) return action.data;
  }
  throw new Error(`no button ${title ?? ''} for "${subject}" in card:\n${cardText(card)}`);
}

/** The data of the card-level (or any) button with this title. */
export function button(card: any, title: string): Record<string, unknown> {
  const walk = (node: any): any => {
    if (Array.isArray(node)) return node.map(walk).find(Boolean);
    if (node && typeof node === 'object') {
      if (node.type === 'Action.Execute' && node.title === title) return node.data;
      return Object.values(node).map(walk).find(Boolean);
    }
    return undefined;
  };
  const data = walk(card);
  if (!data) throw new Error(`no button "${title}" in card:\n${cardText(card)}`);
  return data;
}

/** Whether the list card goes on: it has a "More" button (other showMeetings buttons switch calendars). */
export function hasMore(card: any): boolean {
  return submitData(card).some((d) => d.verb === 'showMeetings' && typeof d.page === 'number' && d.page > 1);
}

/** Subjects of the meeting rows in a list card, in order. */
export function subjectsIn(card: any): string[] {
  return (card.body ?? []).filter((e: any) => e.type === 'Container').map((row: any) => cardText(row).split('\n')[0]);
}

export { cardText, submitData };

/** The message box of a confirm card: what it holds as the card is shown (its first Input.Text's value). */
export function boxOf(card: any): string | undefined {
  const walk = (node: any): any => {
    if (Array.isArray(node)) return node.map(walk).find((v) => v !== undefined);
    if (node && typeof node === 'object') {
      if (node.type === 'Input.Text') return node.value ?? '';
      return Object.values(node)
        .map(walk)
        .find((v) => v !== undefined);
    }
    return undefined;
  };
  return walk(card);
}
