import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';

/** One HTTP POST with exactly these bytes and headers (no client-side encoding or checks). */
export function rawPost(url: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-length': String(body.length), ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    // The server may close the connection once it has answered (a refused body is not read to the end).
    request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
    request.end(body);
  });
}

/** gzip of a JSON activity whose text is `inflatedBytes` long: a few hundred KB that inflate to that much. */
export async function gzipBomb(activity: Record<string, unknown>, inflatedBytes: number): Promise<Buffer> {
  const head = JSON.stringify({ ...activity, text: '' }).slice(0, -2); // up to `"text":"`
  const gzip = zlib.createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write(head);
  const block = Buffer.alloc(1024 * 1024, 'a');
  for (let written = 0; written < inflatedBytes; written += block.length) {
    if (!gzip.write(block)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end('"}');
  await done;
  return Buffer.concat(out);
}

/** Resident memory of a process, in MB (Linux). */
export function residentMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kb / 1024;
}

/** CPU time a process has used so far, user and system, in ms (Linux; clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  // Fields after the command name (which may hold spaces, in parentheses): state is field 3, utime 14, stime 15.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * A slowloris: opens a connection to `url`, sends a request line, then one header line every
 * `everyMs`, never ending the headers. Resolves when the server closes it (or after `giveUpMs`),
 * with how long it stayed open and whatever the server sent.
 */
export function slowHeaders(url: string, everyMs: number, giveUpMs: number): Promise<{ ms: number; received: string }> {
  const { hostname, port } = new URL(url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    let line = 0;
    const drip = setInterval(() => socket.write(`X-Drip-${line++}: a\r\n`), everyMs);
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(drip);
      clearTimeout(giveUp);
      resolve({ ms: Date.now() - started, received });
    });
    socket.write(`POST /api/messages HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n`);
  });
}
