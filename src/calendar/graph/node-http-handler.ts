import http from 'node:http';
import https from 'node:https';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * One pool of kept-alive connections per process, shared by every turn's Graph client (a pool per
 * client would open, and TLS-handshake, a connection per turn).
 */
const AGENTS = { 'https:': new https.Agent({ keepAlive: true }), 'http:': new http.Agent({ keepAlive: true }) };

/** Statuses whose fetch Response must have no body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The Graph client's last middleware step, in place of its HTTPMessageHandler (which calls fetch):
 * the request goes out through Node's own HTTP client over kept-alive connections, and the answer
 * is handed back as the fetch Response the client's other steps read (status, headers, body).
 * undici's fetch cost about 1 ms of CPU per Graph request (WHATWG streams, its wasm HTTP parser),
 * more than the rest of a turn's Graph work. Same contract: the request's `signal` aborts it, a
 * network failure rejects, any HTTP status resolves. The trust store is Node's (NODE_EXTRA_CA_CERTS
 * for the sandbox's certificate, as for fetch).
 */
export class NodeHttpHandler implements Middleware {
  async execute(context: Context): Promise<void> {
    const options = context.options ?? {};
    const request = context.request;
    if (typeof request === 'string') {
      context.response = await this.send(
        request,
        options.method ?? 'GET',
        headersOf(options.headers),
        bodyOf(options.body),
        options.signal,
      );
    } else {
      // A Request the client built (following a redirect).
      const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
      context.response = await this.send(request.url, request.method, headersOf(request.headers), body, options.signal ?? request.signal);
    }
  }

  private send(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: string | Buffer | undefined,
    signal: AbortSignal | null | undefined,
    retried = false,
  ): Promise<Response> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    if (!secure && target.protocol !== 'http:') return Promise.reject(new TypeError(`Unsupported protocol ${target.protocol}`));
    return new Promise<Response>((resolve, reject) => {
      const outgoing = (secure ? https : http).request(
        target,
        { method, headers, agent: AGENTS[target.protocol as 'https:' | 'http:'], signal: signal ?? undefined },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            try {
              const status = incoming.statusCode ?? 0;
              const received = new Headers();
              for (let i = 0; i < incoming.rawHeaders.length; i += 2) received.append(incoming.rawHeaders[i], incoming.rawHeaders[i + 1]);
              resolve(
                new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), {
                  status,
                  statusText: incoming.statusMessage ?? '',
                  headers: received,
                }),
              );
            } catch (error) {
              // A status or header fetch cannot represent: no answer the client can read.
              reject(error);
            }
          });
        },
      );
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive connection reset: most likely the server closed it while idle, before the
        // request reached it; a read is sent once more on a new connection (Node's reusedSocket
        // pattern). A write is not: it may have run, and the caller re-reads to find out.
        if (!retried && method === 'GET' && outgoing.reusedSocket && error.code === 'ECONNRESET') {
          this.send(url, method, headers, body, signal, true).then(resolve, reject);
          return;
        }
        reject(error);
      });
      outgoing.end(body);
    });
  }
}

function headersOf(headers: HeadersInit | undefined): Record<string, string> {
  const plain: Record<string, string> = {};
  if (headers) new Headers(headers).forEach((value, name) => (plain[name] = value));
  return plain;
}

function bodyOf(body: unknown): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('A Graph request body must be a string or bytes');
}
