import { DateTime, IANAZone } from 'luxon';
import { findIana } from 'windows-iana';

/**
 * Graph and Teams name time zones either the IANA way ("Europe/Berlin") or the Windows way
 * ("W. Europe Standard Time"). This is the one place that turns either into an IANA zone.
 * Returns undefined for names nobody knows, so callers can fall back explicitly.
 */
export function toIanaZone(name: string | undefined | null): string | undefined {
  if (!name) return undefined;
  const trimmed = name.trim();
  if (trimmed.toUpperCase() === 'UTC' || trimmed === 'tzone://Microsoft/Utc') return 'UTC';
  if (IANAZone.isValidZone(trimmed)) return trimmed;
  const iana = findIana(trimmed)?.find((zone) => IANAZone.isValidZone(zone));
  return iana;
}

/**
 * Graph's dateTimeTimeZone ({"dateTime": "2026-12-01T15:00:00.0000000", "timeZone": "UTC"}) as a
 * UTC ISO instant. Throws on a zone or time it cannot read: silently guessing would move meetings.
 */
export function dateTimeTimeZoneToInstant(value: { dateTime: string; timeZone?: string | null }): string {
  const zone = toIanaZone(value.timeZone ?? 'UTC');
  if (!zone) throw new Error(`Unknown time zone "${value.timeZone}"`);
  const parsed = DateTime.fromISO(value.dateTime, { zone });
  if (!parsed.isValid) throw new Error(`Unreadable dateTime "${value.dateTime}"`);
  return parsed.toUTC().toISO()!;
}
