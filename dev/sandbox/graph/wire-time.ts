import { DateTime, Info, type Zone } from 'luxon';

/**
 * An instant in Graph's wire format, in a zone: seven fractional digits, no offset
 * ("2026-12-01T15:00:00.0000000"). What luxon's setZone(zone).toFormat(...) writes, without its
 * cost per call (a formatToParts for the offset, then a formatter): calendarView writes two per
 * event. The offset is luxon's own, remembered per zone and quarter hour.
 */
export function wireTime(instant: number, zone: string): string {
  const offset = offsetOf(zoneNamed(zone), instant);
  // luxon's tsToObj: the same arithmetic, so a zone's odd historic offsets round the same way.
  const wall = instant + offset * 60 * 1000;
  // toISOString writes six-digit years outside 0000-9999, where luxon's "yyyy" does not.
  if (!(wall >= YEAR_0 && wall < YEAR_10000)) return DateTime.fromMillis(instant).setZone(zone).toFormat(WIRE_FORMAT);
  return `${new Date(wall).toISOString().slice(0, 23)}0000`;
}

const WIRE_FORMAT = "yyyy-LL-dd'T'HH:mm:ss.SSS'0000'";
// Date.UTC would read year 0 as 1900.
const YEAR_0 = new Date(0).setUTCFullYear(0, 0, 1);
const YEAR_10000 = Date.UTC(10000, 0, 1);

/** Zones by name, as setZone reads a name (luxon's normalizeZone: "UTC" is its fixed UTC zone). */
const zones = new Map<string, Zone>();

function zoneNamed(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    zone = Info.normalizeZone(name);
    // Names come from Prefer headers: remember a bounded number.
    if (zones.size < 1000) zones.set(name, zone);
  }
  return zone;
}

/** Offsets by zone and quarter hour, remembered when the whole quarter hour has one (every DST change falls on a quarter hour). */
const offsets = new Map<Zone, Map<number, number>>();
const QUARTER_HOUR = 900_000;
const MAX_OFFSETS = 100_000;

function offsetOf(zone: Zone, instant: number): number {
  if (zone.isUniversal) return zone.offset(instant);
  let known = offsets.get(zone);
  if (!known) offsets.set(zone, (known = new Map()));
  const bucket = Math.floor(instant / QUARTER_HOUR);
  const remembered = known.get(bucket);
  if (remembered !== undefined) return remembered;
  const start = zone.offset(bucket * QUARTER_HOUR);
  const end = zone.offset((bucket + 1) * QUARTER_HOUR - 1);
  if (start !== end) return zone.offset(instant);
  if (known.size >= MAX_OFFSETS) known.clear();
  known.set(bucket, start);
  return start;
}
