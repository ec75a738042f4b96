import { readFileSync } from 'node:fs';
import type { ZodIssue } from 'zod/v4';
import { toIanaZone } from '../../../src/time/zones';
import { seedSchema, type Seed } from './schema';

/** A seed that cannot be used; the message names the file and the bad field. */
export class SeedError extends Error {
  override name = 'SeedError';
}

/** events.3.start.timeZone -> events[3].start.timeZone */
function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    '',
  );
}

function describe(issue: ZodIssue): string {
  return `${fieldName(issue.path) || '(root)'}: ${issue.message}`;
}

/** Checks what the schema cannot: zones exist, references point at seeded users, groups, calendars. */
function crossCheck(seed: Seed): string[] {
  const problems: string[] = [];
  const users = new Map(
    seed.users.flatMap((u) => [
      [u.id, u],
      [u.userPrincipalName.toLowerCase(), u],
      [(u.mail ?? u.userPrincipalName).toLowerCase(), u],
    ]),
  );
  const groups = new Map(
    seed.groups.flatMap((g) => [
      [g.id, g],
      [g.mail.toLowerCase(), g],
    ]),
  );
  const zone = (name: string | undefined, field: string) => {
    if (name !== undefined && !toIanaZone(name)) problems.push(`${field}: unknown time zone "${name}"`);
  };
  const ids = new Set<string>();
  seed.users.forEach((user, i) => {
    zone(user.mailboxSettings.timeZone, `users[${i}].mailboxSettings.timeZone`);
    const key = user.userPrincipalName.toLowerCase();
    if (ids.has(user.id) || ids.has(key)) problems.push(`users[${i}]: duplicate id or userPrincipalName`);
    ids.add(user.id).add(key);
  });
  seed.groups.forEach((group, i) => {
    group.members.forEach((member, j) => {
      if (!users.has(member.toLowerCase())) problems.push(`groups[${i}].members[${j}]: no seeded user "${member}"`);
    });
  });
  seed.events.forEach((event, i) => {
    zone(event.start.timeZone, `events[${i}].start.timeZone`);
    zone(event.end.timeZone, `events[${i}].end.timeZone`);
    zone(event.recurrence?.range.recurrenceTimeZone, `events[${i}].recurrence.range.recurrenceTimeZone`);
    if (event.exceptions?.length && !event.recurrence) problems.push(`events[${i}].exceptions: only a recurring event has exceptions`);
    event.exceptions?.forEach((exception, j) => {
      zone(exception.start.timeZone, `events[${i}].exceptions[${j}].start.timeZone`);
      zone(exception.end.timeZone, `events[${i}].exceptions[${j}].end.timeZone`);
    });
    const owner = (event.mailbox ?? event.organizer.emailAddress.address).toLowerCase();
    const user = users.get(owner);
    if (!user && !groups.has(owner)) {
      problems.push(`events[${i}].${event.mailbox ? 'mailbox' : 'organizer.emailAddress.address'}: no seeded user or group "${owner}"`);
    } else if (event.calendar && !(user?.calendars ?? []).some((c) => c.name === event.calendar)) {
      problems.push(`events[${i}].calendar: "${owner}" has no calendar "${event.calendar}"`);
    }
    if (toIanaZone(event.start.timeZone) && toIanaZone(event.end.timeZone)) {
      const start = Date.parse(`${event.start.dateTime}Z`);
      const end = Date.parse(`${event.end.dateTime}Z`);
      if (event.start.timeZone === event.end.timeZone && !(end > start)) problems.push(`events[${i}].end: must be after start`);
    }
  });
  return problems;
}

/** Validates a seed (already parsed JSON); `source` names it in errors. */
export function parseSeed(json: unknown, source = 'seed'): Seed {
  const parsed = seedSchema.safeParse(json);
  if (!parsed.success) {
    throw new SeedError(`Invalid ${source}: ${parsed.error.issues.map(describe).join('; ')}`);
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new SeedError(`Invalid ${source}: ${problems.join('; ')}`);
  return parsed.data;
}

export function loadSeedFile(path: string): Seed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SeedError(`Cannot read seed file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SeedError(`Seed file ${path} is not JSON: ${(error as Error).message}`);
  }
  return parseSeed(json, `seed file ${path}`);
}
