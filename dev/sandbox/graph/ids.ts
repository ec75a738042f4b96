/**
 * Item ids. Graph's ids are opaque base64; ours are too, but deterministic (a serial number per
 * store load, so reset() gives the same ids) and occurrence ids decode to their series and start.
 */
const PREFIX = 'AAMkAG';

const encode = (text: string) => PREFIX + Buffer.from(text, 'utf8').toString('base64url');

function decode(id: string): string | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  return Buffer.from(id.slice(PREFIX.length), 'base64url').toString('utf8');
}

export type ItemKind = 'event' | 'calendar' | 'calendarGroup' | 'message';

export function itemId(kind: ItemKind, serial: number): string {
  return encode(`${kind}|${serial}`);
}

/** An occurrence's id names its series master and its original start (a UTC ISO instant). */
export function occurrenceId(seriesMasterId: string, originalStart: string): string {
  return encode(`occurrence|${seriesMasterId}|${originalStart}`);
}

export function readOccurrenceId(id: string): { seriesMasterId: string; originalStart: string } | undefined {
  const parts = decode(id)?.split('|');
  if (!parts || parts.length !== 3 || parts[0] !== 'occurrence') return undefined;
  return { seriesMasterId: parts[1], originalStart: parts[2] };
}
