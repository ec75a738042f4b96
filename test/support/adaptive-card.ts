// The official Adaptive Cards object model; its ESM lib/ does not load in Node, the dist bundle does.
const AC = require('adaptivecards/dist/adaptivecards.js');

/** Parses a card with the adaptivecards object model; returns every error and warning it raised. */
export function cardProblems(json: unknown): string[] {
  const context = new AC.SerializationContext();
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`${event.phase}/${event.event}: ${event.message}`);
  }
  const v = (json as { version?: string }).version ?? '';
  const [major, minor] = v.split('.').map(Number);
  if (!(major === 1 && minor <= 5)) problems.push(`version ${v} is above what Teams renders (1.5)`);
  for (const issue of card.validateProperties().failures ?? []) {
    for (const error of issue.errors ?? []) problems.push(`validation: ${error.message}`);
  }
  return problems;
}

/** The data of every button (Action.Execute) anywhere in the card, in document order; the card's own `refresh` is no button. */
export function submitData(json: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Execute') found.push(o.data as Record<string, unknown>);
      Object.entries(o).forEach(([key, value]) => key !== 'refresh' && walk(value));
    }
  };
  walk(json);
  return found;
}

/** Every literal text in the card (TextBlock text, TextRun text, input values), joined by newlines. */
export function cardText(json: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string') texts.push(o.text);
      if (typeof o.title === 'string' && String(o.type).startsWith('Action.')) texts.push(o.title);
      Object.values(o).forEach(walk);
    }
  };
  walk(json);
  return texts.join('\n');
}
