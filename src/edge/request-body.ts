import type { IncomingMessage } from 'node:http';
import zlib from 'node:zlib';
import { MAX_DEPTH } from './activity-shape';

/** Why a body was refused, as the HTTP status and a short reason the caller may read. */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 408 | 413 | 415,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'BodyRefused';
  }
}

/** Content codings this bot inflates; anything else is refused before a byte is read. */
const INFLATERS: Record<string, () => zlib.Gunzip | zlib.Inflate> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
};

/**
 * Reads a JSON request body with the limit applied to what is decoded, not to what was sent: a
 * gzip bomb stops at `limitBytes` of inflated output (the inflater is destroyed there, nothing
 * more is read), a corrupt stream is a 400, an unknown coding a 415, a body still not complete
 * after `timeoutMs` a 408 (a caller trickling bytes would otherwise hold a connection, before any
 * authentication, for as long as Node's own request timeout: 5 minutes). Never throws anything but
 * BodyRefused, and never leaves a stream without an error handler (an unhandled 'error' event
 * would end the process).
 */
export function readJsonBody(request: IncomingMessage, limitBytes: number, timeoutMs: number): Promise<unknown> {
  const coding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type && type !== 'application/json' && !type.endsWith('+json')) {
    return Promise.reject(new BodyRefused(415, 'The body must be application/json.'));
  }
  const inflater = coding === 'identity' || coding === '' ? undefined : INFLATERS[coding];
  if (coding !== 'identity' && coding !== '' && !inflater) {
    return Promise.reject(new BodyRefused(415, 'Content-Encoding must be gzip, deflate or none.'));
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    return Promise.reject(new BodyRefused(413, `The body is larger than ${limitBytes} bytes.`));
  }

  return new Promise<unknown>((resolve, reject) => {
    const decoded = inflater?.();
    const source: NodeJS.ReadableStream = decoded ?? request;
    const chunks: Buffer[] = [];
    let received = 0;
    let sent = 0;
    let settled = false;
    const timer = setTimeout(() => fail(new BodyRefused(408, `The body did not arrive within ${timeoutMs} ms.`)), timeoutMs);
    const fail = (refusal: BodyRefused) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.unpipe();
      decoded?.destroy();
      // Stop reading what the caller still sends; the server closes the connection after answering.
      request.pause();
      reject(refusal);
    };
    request.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > limitBytes) fail(new BodyRefused(413, `The body is larger than ${limitBytes} bytes.`));
    });
    request.on('error', () => fail(new BodyRefused(400, 'The body could not be read.')));
    request.on('aborted', () => fail(new BodyRefused(400, 'The body was cut off.')));
    if (decoded) {
      decoded.on('error', () => fail(new BodyRefused(400, `The body is not valid ${coding}.`)));
      request.pipe(decoded);
      source.on('data', (chunk: Buffer) => {
        if (settled) return;
        received += chunk.length;
        if (received > limitBytes) return fail(new BodyRefused(413, `The decoded body is larger than ${limitBytes} bytes.`));
        chunks.push(chunk);
      });
    } else {
      request.on('data', (chunk: Buffer) => {
        if (!settled) chunks.push(chunk);
      });
    }
    source.on('end', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return reject(new BodyRefused(400, 'The body is empty.'));
      if (nestedTooDeep(text, MAX_DEPTH)) return reject(new BodyRefused(400, `The body is nested deeper than ${MAX_DEPTH} levels.`));
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new BodyRefused(400, 'The body is not JSON.'));
      }
    });
  });
}

/**
 * Whether JSON text opens more than `max` objects or arrays inside one another, found by one pass
 * over it before it is parsed: JSON.parse of a few KB of brackets costs as much CPU as a real turn
 * (V8 parses nesting recursively), and a stranger may send it before any token is checked.
 */
function nestedTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
