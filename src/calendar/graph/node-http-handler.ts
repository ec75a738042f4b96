import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { send } from '../../outbound-http';

/** Statuses whose fetch Response must have no body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The Graph client's last middleware step, in place of its HTTPMessageHandler (which calls fetch):
 * the request goes out through Node's own HTTP client (outbound-http), and the answer is handed
 * back as the fetch Response the client's other steps read (status, headers, body). undici's fetch
 * cost about 1 ms of CPU per Graph request (WHATWG streams, its wasm HTTP parser), more than the
 * rest of a turn's Graph work. Same contract: the request's `signal` aborts it, a network failure
 * rejects, any HTTP status resolves.
 */
export class NodeHttpHandler implements Middleware {
  async execute(context: Context): Promise<void> {
    const options = context.options ?? {};
    const request = context.request;
    if (typeof request === 'string') {
      context.response = await this.exchange(
        request,
        options.method ?? 'GET',
        headersOf(options.headers),
        bodyOf(options.body),
        options.signal,
      );
    } else {
      // A Request the client built (following a redirect).
      const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
      context.response = await this.exchange(
        request.url,
        request.method,
        headersOf(request.headers),
        body,
        options.signal ?? request.signal,
      );
    }
  }

  private async exchange(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: string | Buffer | undefined,
    signal: AbortSignal | null | undefined,
  ): Promise<Response> {
    const answer = await send(url, { method, headers, body, signal });
    const received = new Headers();
    for (let i = 0; i < answer.rawHeaders.length; i += 2) received.append(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
    // A status or header fetch cannot represent throws here: no answer the client can read.
    return new Response(NULL_BODY.has(answer.status) ? null : answer.body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: received,
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
