/**
 * The fields of an activity in a Teams 1:1 chat between `user` and the bot, as the unit tests'
 * TestAdapter turns send them (override any with `fields`).
 */
export function personalChat(
  user: { aadObjectId: string; tenantId?: string },
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/',
    locale: 'en-US',
    localTimezone: 'America/Los_Angeles',
    from: { id: '29:x', name: 'Alex', aadObjectId: user.aadObjectId },
    recipient: { id: '28:bot', name: 'bot' },
    conversation: {
      id: 'a:1',
      isGroup: false,
      conversationType: 'personal',
      name: '',
      ...(user.tenantId ? { tenantId: user.tenantId } : {}),
    },
    ...fields,
  };
}
