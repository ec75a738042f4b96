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
    return new AnsweredResponse(answer.status, answer.statusText, received, NULL_BODY.has(answer.status) ? null : answer.body, url);
  }
}

/**
 * A fetch Response over an answer already read whole. The client's steps read status, headers and
 * json() or text(); those are served from the bytes at hand, as a fetch Response would serve them.
 * A real Response (its web streams, about a tenth of a Graph request's CPU) is made only when
 * something asks for more (the body stream, a blob, a clone).
 */
class AnsweredResponse implements Response {
  readonly ok: boolean;
  readonly redirected = false;
  readonly type: ResponseType = 'basic';
  private used = false;
  private whole?: Response;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: Headers,
    private readonly content: Buffer<ArrayBuffer> | null,
    readonly url: string,
  ) {
    // A status or header fetch cannot represent throws here, as `new Response` would: no answer the client can read.
    if (status < 200 || status > 599) throw new RangeError(`Unrepresentable HTTP status ${status}`);
    this.ok = status >= 200 && status < 300;
  }

  get bodyUsed(): boolean {
    return this.used || (this.whole?.bodyUsed ?? false);
  }

  get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.real().body;
  }

  async text(): Promise<string> {
    return this.take().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.take();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }

  blob(): Promise<Blob> {
    return this.real().blob();
  }

  formData(): Promise<FormData> {
    return this.real().formData();
  }

  clone(): Response {
    return this.real().clone();
  }

  /** The bytes, once (a body is read at most once, as fetch has it). */
  private take(): Buffer<ArrayBuffer> {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    return this.content ?? Buffer.alloc(0);
  }

  private real(): Response {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read');
    this.whole ??= new Response(this.content, { status: this.status, statusText: this.statusText, headers: this.headers });
    return this.whole;
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
