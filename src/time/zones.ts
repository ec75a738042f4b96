import { DateTime, FixedOffsetZone, IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';
import { findIana } from 'windows-iana';

/**
 * Names already looked up, valid or not. Validating a zone builds an Intl.DateTimeFormat (luxon's
 * isValidZone does on every call: 140 µs, and memory V8 keeps), and every event time is read
 * through here, so each name is checked once per process. Names come from activities too, so the
 * memo is bounded: past the bound a name is still answered, just not remembered.
 */
const known = new Map<string, string | null>();
const MAX_REMEMBERED = 1000;

/**
 * Graph and Teams name time zones either the IANA way ("Europe/Berlin") or the Windows way
 * ("W. Europe Standard Time"). This is the one place that turns either into an IANA zone.
 * Returns undefined for names nobody knows, so callers can fall back explicitly.
 */
export function toIanaZone(name: string | undefined | null): string | undefined {
  if (!name) return undefined;
  const remembered = known.get(name);
  if (remembered !== undefined) return remembered ?? undefined;
  const zone = lookUp(name.trim());
  if (known.size < MAX_REMEMBERED) known.set(name, zone ?? null);
  return zone;
}

function lookUp(name: string): string | undefined {
  if (name.toUpperCase() === 'UTC' || name === 'tzone://Microsoft/Utc') return 'UTC';
  if (IANAZone.isValidZone(name)) return name;
  return findIana(name)?.find((zone) => IANAZone.isValidZone(zone));
}

/**
 * Graph's dateTimeTimeZone ({"dateTime": "2026-12-01T15:00:00.0000000", "timeZone": "UTC"}) as a
 * UTC ISO instant. Throws on a zone or time it cannot read: silently guessing would move meetings.
 * Every event time goes through here (two per meeting read), so Graph's one wire format is read
 * directly; anything else goes through luxon's ISO parser.
 */
export function dateTimeTimeZoneToInstant(value: { dateTime: string; timeZone?: string | null }): string {
  const zone = toIanaZone(value.timeZone ?? 'UTC');
  if (!zone) throw new Error(`Unknown time zone "${value.timeZone}"`);
  const wall = wallClockMillis(value.dateTime);
  if (wall !== undefined) return new Date(instantOf(wall, zone)).toISOString();
  const parsed = DateTime.fromISO(value.dateTime, { zone });
  if (!parsed.isValid) throw new Error(`Unreadable dateTime "${value.dateTime}"`);
  return parsed.toUTC().toISO()!;
}

const GRAPH_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/** "2026-12-01T15:00:00.0000000" as if it were UTC (the wall clock's fields), or undefined for any other shape or an impossible time. */
function wallClockMillis(text: string): number | undefined {
  const m = GRAPH_DATE_TIME.exec(text);
  if (!m) return undefined;
  // Field by field: no array per call (two calls per meeting read).
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const at = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const back = new Date(at);
  // Date.UTC rolls 2026-02-30 over into March: such a time is not a time.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  return at;
}

/**
 * Midnight starting a calendar date ("2026-12-02") in a zone, in epoch ms, as luxon's
 * DateTime.fromISO(date, { zone }) has it (a midnight skipped by DST moves forward).
 */
export function midnightOf(date: string, zone: string): number {
  return instantOf(Date.parse(date.slice(0, 10)), zone);
}

/** The wall clock in a zone at an instant: its fields read with getUTC*(), e.g. getUTCHours() is the local hour. */
export function wallClockAt(instant: number, zone: string): Date {
  return new Date(instant + offsetAt(instant, zone) * 60_000);
}

/** The local midnights strictly inside [start, end) in a zone, in epoch ms: where the local days of the range begin. */
export function midnightsBetween(start: number, end: number, zone: string): number[] {
  const midnights: number[] = [];
  const day = wallClockAt(start, zone);
  for (let date = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1); ; date += 86_400_000) {
    const midnight = instantOf(date, zone);
    if (!(midnight < end)) return midnights;
    if (midnight > start) midnights.push(midnight);
  }
}

/**
 * The instant a wall-clock time names in a zone: a time skipped by a DST change moves forward (as
 * luxon moves it), a repeated one takes the earlier instant. Whatever the time of year it is asked
 * in: luxon starts from the zone's offset now, so in winter it took the later of a repeated hour.
 */
function instantOf(wall: number, zone: string): number {
  if (zone === 'UTC') return wall;
  // The offsets a day either side: those a DST change on this date lies between (the same on most dates).
  const before = offsetAt(wall - 86_400_000, zone);
  const after = offsetAt(wall + 86_400_000, zone);
  const wider = Math.max(before, after);
  const narrower = Math.min(before, after);
  const earlier = wall - wider * 60_000;
  return offsetAt(earlier, zone) === wider ? earlier : wall - narrower * 60_000;
}

/**
 * The other instant at which the zone's wall clock reads what it reads at `instant` (in the hour, or
 * Lord Howe's half hour, that a DST fall-back repeats), or undefined when that wall time names one
 * instant only. The offsets three hours either side are the ones any change near `instant` lies between.
 */
export function otherPassOf(instant: number, zone: string): number | undefined {
  if (zone === 'UTC' || !Number.isFinite(instant)) return undefined;
  const here = offsetAt(instant, zone);
  for (const probe of [instant - 3 * 3_600_000, instant + 3 * 3_600_000]) {
    const there = offsetAt(probe, zone);
    if (!Number.isFinite(there) || there === here) continue;
    const other = instant + (here - there) * 60_000;
    if (offsetAt(other, zone) === there) return other;
  }
  return undefined;
}

/**
 * Offsets by zone and quarter hour, remembered when the whole quarter hour has one offset (every
 * DST change happens on a quarter hour): asking the Intl formatter is the slow part. Bounded.
 * One map of numbers per zone: every event time asks here two or three times.
 */
const offsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 900_000;
const MAX_OFFSETS = 100_000;
let remembered = 0;

function offsetAt(instant: number, zone: string): number {
  const bucket = Math.floor(instant / QUARTER_HOUR);
  let ofZone = offsets.get(zone);
  const known = ofZone?.get(bucket);
  if (known !== undefined) return known;
  const iana = IANAZone.create(zone);
  const start = iana.offset(bucket * QUARTER_HOUR);
  const end = iana.offset((bucket + 1) * QUARTER_HOUR - 1);
  if (start !== end) return iana.offset(instant);
  if (remembered >= MAX_OFFSETS) {
    offsets.clear();
    remembered = 0;
    ofZone = undefined;
  }
  if (!ofZone) offsets.set(zone, (ofZone = new Map()));
  ofZone.set(bucket, start);
  remembered++;
  return start;
}

/**
 * An IANA zone for luxon whose offsets come from offsetAt (remembered per quarter hour) instead of
 * an Intl formatter call each: luxon asks a zone's offset for every DateTime it makes or moves, and
 * that was most of the NLU's and the cards' date work. Names and equality are the IANA zone's.
 */
class RememberedZone extends Zone<true> {
  constructor(private readonly iana: IANAZone<true>) {
    super();
  }
  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return this.iana.name;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): true {
    return true;
  }
  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.iana.offsetName(ts, options);
  }
  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.iana.formatOffset(ts, format);
  }
  override offset(ts: number): number {
    return offsetAt(ts, this.iana.name);
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.iana.name;
  }
}

const luxonZones = new Map<string, Zone>();

/**
 * The zone to give luxon for an IANA name (`{ zone: luxonZone(name) }`): offsets remembered, as
 * offsetAt has them. A name luxon does not know stays a name (luxon then says the time is invalid).
 */
export function luxonZone(name: string): Zone | string {
  let zone = luxonZones.get(name);
  if (zone) return zone;
  if (name === 'UTC') zone = FixedOffsetZone.utcInstance;
  else {
    const iana = IANAZone.create(name);
    if (!iana.isValid) return name;
    zone = new RememberedZone(iana as IANAZone<true>);
  }
  if (luxonZones.size < MAX_REMEMBERED) luxonZones.set(name, zone);
  return zone;
}
