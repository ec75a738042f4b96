import { SpanKind, trace } from '@opentelemetry/api';
import type { TurnContext } from 'botbuilder';
import { inSpan } from './instruments';

/** Anything that runs a turn: Teams AI's Application. */
export interface TurnRunner {
  run(context: TurnContext): Promise<boolean>;
}

/**
 * One trace per turn: the app's `run` becomes a `turn <type>` span that the Graph, token and
 * storage spans of the turn hang under. Only the activity's kind goes in: type, invoke name,
 * card verb; never its text, its card data (a message to attendees) or who sent it.
 */
export function tracedTurns<T extends TurnRunner>(app: T): T {
  const run = app.run.bind(app);
  app.run = (context: TurnContext) => {
    const attributes = turnAttributes(context);
    const name = attributes['activity.name'] ? `turn invoke ${attributes['activity.name']}` : `turn ${attributes['activity.type']}`;
    // A turn inside a turn (sign-in replays the request that needed it) is a child, not a new trace.
    const kind = trace.getActiveSpan() ? SpanKind.INTERNAL : SpanKind.SERVER;
    return inSpan(name, attributes, () => run(context), kind);
  };
  return app;
}

function turnAttributes(context: TurnContext): Record<string, string> {
  const activity = context.activity;
  const value = (activity.value ?? {}) as { verb?: unknown; action?: { verb?: unknown } };
  const verb = [value.verb, value.action?.verb].find((v): v is string => typeof v === 'string' && /^[A-Za-z]{1,40}$/.test(v));
  const name = typeof activity.name === 'string' && /^[A-Za-z/]{1,60}$/.test(activity.name) ? activity.name : undefined;
  return {
    'activity.type': /^[A-Za-z]{1,40}$/.test(activity.type ?? '') ? activity.type : 'unknown',
    ...(activity.type === 'invoke' && name ? { 'activity.name': name } : {}),
    ...(verb ? { 'card.verb': verb } : {}),
    'channel.id': /^[a-z]{1,20}$/.test(activity.channelId ?? '') ? activity.channelId : 'unknown',
  };
}
