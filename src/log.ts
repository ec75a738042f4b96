import pino from 'pino';

/**
 * The bot's logger. Never give it tokens, SSO assertions, message text or cancellation comments:
 * log ids, kinds and error names. The redaction below is a second line of defence, not the first.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: {
    paths: [
      'token',
      '*.token',
      'accessToken',
      '*.accessToken',
      'authorization',
      '*.authorization',
      'headers.authorization',
      'comment',
      '*.comment',
      'text',
      '*.text',
      'assertion',
      '*.assertion',
    ],
    censor: '[redacted]',
  },
});

/** An error for the log: its class name and stack frames, never its message (it may quote a request or a user). */
export function errorFields(error: unknown): { error: string; frames?: string } {
  if (!(error instanceof Error)) return { error: typeof error };
  return { error: error.name, frames: error.stack?.split('\n').slice(1, 8).join('\n') };
}
