import type { Seed, SeedEvent } from './schema';

export interface BusyCalendar {
  /** UPN of the organizer whose calendar fills up. */
  organizer: string;
  /** How many meetings, spread evenly over [from, to). */
  count: number;
  from: Date;
  to: Date;
  minutes?: number;
  /** UPNs invited to each meeting (their mailboxes get copies). */
  attendees?: string[];
  subject?: (index: number) => string;
}

/**
 * A seed plus a calendar of `count` single meetings (large calendars for benchmarks and the
 * request-count tests). Times are written in UTC, as Graph accepts them.
 */
export function withBusyCalendar(seed: Seed, busy: BusyCalendar): Seed {
  const minutes = busy.minutes ?? 30;
  const step = (busy.to.getTime() - busy.from.getTime()) / busy.count;
  const wire = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
  const events: SeedEvent[] = Array.from({ length: busy.count }, (_, index) => {
    const start = Math.floor((busy.from.getTime() + index * step) / 60_000) * 60_000;
    return {
      subject: busy.subject?.(index) ?? `Busy meeting ${index + 1}`,
      start: wire(start),
      end: wire(start + minutes * 60_000),
      organizer: { emailAddress: { address: busy.organizer } },
      attendees: (busy.attendees ?? []).map((address) => ({ type: 'required', emailAddress: { address } })),
    };
  });
  return { ...seed, events: [...seed.events, ...events] };
}
