import http from 'node:http';
import https from 'node:https';

/**
 * One pool of kept-alive connections per process, shared by every request the bot makes to Graph
 * and to its blob storage (a pool per client would open, and TLS-handshake, a connection per turn).
 */
const AGENTS = { 'https:': new https.Agent({ keepAlive: true }), 'http:': new http.Agent({ keepAlive: true }) };

export interface Outgoing {
  method: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Aborts the request (rejects with Node's AbortError). */
  signal?: AbortSignal | null;
  /** No complete answer within this: the request is given up, rejecting with code ETIMEDOUT (it may have run). */
  timeoutMs?: number;
}

/** An answer, whatever its status. */
export interface Answer {
  status: number;
  statusText: string;
  /** Names and values, alternating, as received. */
  rawHeaders: string[];
  body: Buffer<ArrayBuffer>;
}

/**
 * A request through Node's own HTTP client. Graph's client (fetch, undici) and the Azure SDK's HTTP
 * layer each cost more CPU per request than Node's client does (issue 13), so both send through
 * here. A network failure rejects with Node's error (its `code`: ECONNRESET, ECONNREFUSED, ...);
 * any HTTP status resolves. The trust store is Node's (NODE_EXTRA_CA_CERTS for the sandbox's
 * certificate, as for fetch).
 */
export function send(url: string, outgoing: Outgoing, retried = false): Promise<Answer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  if (!secure && target.protocol !== 'http:') return Promise.reject(new TypeError(`Unsupported protocol ${target.protocol}`));
  return new Promise<Answer>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const settle =
      <T>(finish: (value: T) => void) =>
      (value: T) => {
        clearTimeout(timer);
        finish(value);
      };
    const request = (secure ? https : http).request(
      target,
      {
        method: outgoing.method,
        headers: outgoing.headers,
        agent: AGENTS[target.protocol as 'https:' | 'http:'],
        signal: outgoing.signal ?? undefined,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', settle(reject));
        incoming.on('end', () =>
          settle(resolve)({
            status: incoming.statusCode ?? 0,
            statusText: incoming.statusMessage ?? '',
            rawHeaders: incoming.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    if (outgoing.timeoutMs)
      timer = setTimeout(
        () => request.destroy(Object.assign(new Error(`No answer within ${outgoing.timeoutMs} ms`), { code: 'ETIMEDOUT' })),
        outgoing.timeoutMs,
      );
    request.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // A kept-alive connection reset: most likely the server closed it while idle, before the
      // request reached it; a read is sent once more on a new connection (Node's reusedSocket
      // pattern). A write is not: it may have run, and the caller finds out.
      if (!retried && outgoing.method === 'GET' && request.reusedSocket && error.code === 'ECONNRESET') {
        send(url, outgoing, true).then(resolve, reject);
        return;
      }
      reject(error);
    });
    request.end(outgoing.body);
  });
}
