/**
 * What can go wrong with the bot's storage, as two kinds the callers act on: a conflicting write
 * (someone else changed the item first: re-read and retry, or report) and an unreachable store
 * (tell the user to try again; nothing is assumed written).
 */
export class StorageConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: "${key}" was changed by someone else`);
    this.name = 'StorageConflictError';
  }
}

export class StorageUnavailableError extends Error {
  constructor(
    readonly operation: 'read' | 'write' | 'delete',
    readonly reason: string,
  ) {
    super(`Storage ${operation} failed (${reason})`);
    this.name = 'StorageUnavailableError';
  }
}

/** botbuilder's stores report an eTag mismatch as a plain Error; Azure as HTTP 412 (or 409 on create). */
export function isConflict(error: unknown): boolean {
  if (error instanceof StorageConflictError) return true;
  const e = error as { statusCode?: number; message?: string };
  return e?.statusCode === 412 || e?.statusCode === 409 || /eTag conflict/i.test(e?.message ?? '');
}

/** A short, secret-free description of why the store failed (an error code or HTTP status). */
export function reasonOf(error: unknown): string {
  const e = error as { code?: unknown; statusCode?: unknown; name?: unknown };
  return String(e?.code ?? e?.statusCode ?? e?.name ?? 'unknown');
}
