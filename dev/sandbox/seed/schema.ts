import { z } from 'zod/v4';

/**
 * The seed file: users, groups, calendars and events in Microsoft Graph's own JSON shapes, so a
 * seed reads like what Graph returns. Only placement fields (`mailbox`, `calendar`) and consent
 * (`consented`, `consentedScopes`, `adminConsent`) are the sandbox's own.
 */
const emailAddress = z.object({ name: z.string().optional(), address: z.string().email() });
const recipient = z.object({ emailAddress });
const dateTimeTimeZone = z.object({
  dateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/, 'expected a local time like 2026-12-01T15:00:00'),
  timeZone: z.string().min(1),
});
const dayOfWeek = z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-12-01');

export const recurrencePatternSchema = z.object({
  type: z.enum(['daily', 'weekly', 'absoluteMonthly', 'relativeMonthly', 'absoluteYearly', 'relativeYearly']),
  interval: z.number().int().min(1),
  daysOfWeek: z.array(dayOfWeek).optional(),
  dayOfMonth: z.number().int().min(1).max(31).optional(),
  month: z.number().int().min(1).max(12).optional(),
  firstDayOfWeek: dayOfWeek.optional(),
  index: z.enum(['first', 'second', 'third', 'fourth', 'last']).optional(),
});

export const recurrenceRangeSchema = z.object({
  type: z.enum(['endDate', 'noEnd', 'numbered']),
  startDate: date,
  endDate: date.optional(),
  numberOfOccurrences: z.number().int().min(0).optional(),
  recurrenceTimeZone: z.string().optional(),
});

export const patternedRecurrenceSchema = z
  .object({ pattern: recurrencePatternSchema, range: recurrenceRangeSchema })
  .superRefine((value, ctx) => {
    const { pattern, range } = value;
    const need = (ok: boolean, path: string[], message: string) => {
      if (!ok) ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    };
    const needsDays = ['weekly', 'relativeMonthly', 'relativeYearly'].includes(pattern.type);
    need(!needsDays || (pattern.daysOfWeek?.length ?? 0) > 0, ['pattern', 'daysOfWeek'], `required for ${pattern.type}`);
    need(
      !pattern.type.startsWith('absolute') || pattern.dayOfMonth !== undefined,
      ['pattern', 'dayOfMonth'],
      `required for ${pattern.type}`,
    );
    need(!pattern.type.endsWith('Yearly') || pattern.month !== undefined, ['pattern', 'month'], `required for ${pattern.type}`);
    need(range.type !== 'endDate' || range.endDate !== undefined, ['range', 'endDate'], 'required when range.type is endDate');
    need(
      range.type !== 'numbered' || (range.numberOfOccurrences ?? 0) > 0,
      ['range', 'numberOfOccurrences'],
      'required (> 0) when range.type is numbered',
    );
  });

const responseType = z.enum(['none', 'organizer', 'tentativelyAccepted', 'accepted', 'declined', 'notResponded']);

export const seedEventSchema = z.object({
  /** Whose calendar holds it (UPN, user id, group id or group mail); defaults to the organizer. */
  mailbox: z.string().optional(),
  /** Calendar name in that mailbox; defaults to its default calendar. */
  calendar: z.string().optional(),
  subject: z.string(),
  body: z.object({ contentType: z.enum(['text', 'html']), content: z.string() }).optional(),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  isAllDay: z.boolean().optional(),
  isCancelled: z.boolean().optional(),
  isOnlineMeeting: z.boolean().optional(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  location: z.object({ displayName: z.string() }).optional(),
  organizer: recipient,
  attendees: z
    .array(
      z.object({
        type: z.enum(['required', 'optional', 'resource']).default('required'),
        emailAddress,
        status: z.object({ response: responseType }).optional(),
      }),
    )
    .default([]),
  recurrence: patternedRecurrenceSchema.optional(),
  /**
   * Occurrences of the series changed on their own (Graph lists them as `exception`s): each names
   * the occurrence by its start in the pattern (`originalStart`, ISO 8601 with an offset) and gives
   * its new times, and optionally its own subject and location.
   */
  exceptions: z
    .array(
      z.object({
        originalStart: z.string().datetime({ offset: true }),
        start: dateTimeTimeZone,
        end: dateTimeTimeZone,
        subject: z.string().optional(),
        location: z.object({ displayName: z.string() }).optional(),
      }),
    )
    .optional(),
});

const calendarPermission = z.object({
  emailAddress,
  role: z.enum([
    'none',
    'freeBusyRead',
    'limitedRead',
    'read',
    'write',
    'delegateWithoutPrivateEventAccess',
    'delegateWithPrivateEventAccess',
  ]),
});

export const seedUserSchema = z.object({
  id: z.string().uuid(),
  displayName: z.string(),
  userPrincipalName: z.string().email(),
  mail: z.string().email().optional(),
  givenName: z.string().optional(),
  surname: z.string().optional(),
  jobTitle: z.string().optional(),
  /** Whether the user has consented to the bot for their own calendar; defaults to true. */
  consented: z.boolean().default(true),
  /**
   * The bot's delegated permissions the user consented to, when more or fewer than their own calendar's
   * ("Calendars.ReadWrite.Shared" to act as a delegate); wins over `consented`.
   */
  consentedScopes: z.array(z.string().min(1)).optional(),
  mailboxSettings: z.object({ timeZone: z.string() }),
  /**
   * false: the user has no mailbox Graph can use (no Exchange Online license, on-premises, inactive):
   * their calendar and mailbox requests answer 404 MailboxNotEnabledForRESTAPI; sign-in still works.
   */
  exchangeOnline: z.boolean().default(true),
  /**
   * Extra calendars beside the default one ("Calendar"); `calendarGroup` names the group holding it;
   * `calendarPermissions`: whom it is shared with (a custom calendar shared on its own, as Outlook allows).
   */
  calendars: z
    .array(
      z.object({
        name: z.string(),
        calendarGroup: z.string().optional(),
        color: z.string().optional(),
        calendarPermissions: z.array(calendarPermission).default([]),
      }),
    )
    .default([]),
  /** Who may use this user's default calendar (Graph's calendarPermission shape). */
  calendarPermissions: z.array(calendarPermission).default([]),
});

export const seedGroupSchema = z.object({
  id: z.string().uuid(),
  displayName: z.string(),
  mail: z.string().email(),
  /** Member UPNs or ids. */
  members: z.array(z.string()).min(1),
});

export const seedSchema = z.object({
  tenantId: z.string().uuid(),
  users: z.array(seedUserSchema).min(1),
  groups: z.array(seedGroupSchema).default([]),
  /** Delegated permissions the tenant admin consented to for every user (Group.ReadWrite.All needs it). */
  adminConsent: z.array(z.string().min(1)).default([]),
  events: z.array(seedEventSchema).default([]),
});

export type Seed = z.infer<typeof seedSchema>;
export type SeedInput = z.input<typeof seedSchema>;
export type SeedUser = z.infer<typeof seedUserSchema>;
export type SeedGroup = z.infer<typeof seedGroupSchema>;
export type SeedEvent = z.infer<typeof seedEventSchema>;
export type PatternedRecurrence = z.infer<typeof patternedRecurrenceSchema>;
export type DateTimeTimeZone = z.infer<typeof dateTimeTimeZone>;
