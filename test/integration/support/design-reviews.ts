import { DateTime } from 'luxon';
import { defaultSeed } from '../../../dev/sandbox/seed/default-seed';
import { clearOfMidnights } from './midnight';
import { ALEX, stackForSuite } from './stack';
import type { ChatUser } from './teams-channel';

export const PACIFIC = 'America/Los_Angeles';
export const MEGAN = { emailAddress: { address: 'MeganB@contoso.onmicrosoft.com', name: 'Megan Bowen' } };
export const ISAIAH = { emailAddress: { address: 'IsaiahL@contoso.onmicrosoft.com', name: 'Isaiah Langer' } };
const ORGANIZER = { emailAddress: { address: 'AlexW@contoso.onmicrosoft.com', name: 'Alex Wilber' } };

/** Two design reviews tomorrow (Pacific): 9:00 with Megan, 14:00 with Isaiah; the rest of the default week. */
export function withTwoDesignReviews() {
  const tomorrow = DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: 1 });
  const at = (hour: number) => ({ dateTime: tomorrow.set({ hour }).toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'Pacific Standard Time' });
  const review = (hour: number, attendee: typeof MEGAN) => ({
    subject: 'Design review',
    start: at(hour),
    end: at(hour + 1),
    organizer: ORGANIZER,
    attendees: [{ type: 'required' as const, emailAddress: attendee.emailAddress }],
  });
  const seed = defaultSeed(new Date());
  return { ...seed, events: [...seed.events, review(9, MEGAN), review(14, ISAIAH)] };
}

/**
 * A suite's stack on that seed (call inside `describe`: it registers the suite's hooks), laid out when the suite
 * starts, clear of a Pacific midnight; Alex's chat in a locale; how many mails an attendee's inbox holds.
 */
export function designReviewsSuite() {
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return { sandbox: { seed: withTwoDesignReviews() } };
  });
  const user = (locale = 'en-US'): ChatUser => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
  const inboxOf = async (upn: string) => (await stack().mailbox(upn)).inbox.length;
  return { stack, user, inboxOf };
}
