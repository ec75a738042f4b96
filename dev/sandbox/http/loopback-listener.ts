import * as https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackListener {
  port: number;
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Listens on 127.0.0.1 and ::1 with the same port, so https://localhost:N works whichever address
 * the client resolves localhost to first (Node 20 may pick ::1, Chromium tries both). Loopback only.
 */
export async function listenOnLoopback(tls: { cert: string; key: string }, port: number, handler: Handler): Promise<LoopbackListener> {
  for (let attempt = 0; ; attempt++) {
    const v4 = https.createServer(tls, handler);
    await listen(v4, port, '127.0.0.1');
    const chosen = (v4.address() as AddressInfo).port;
    const v6 = https.createServer(tls, handler);
    try {
      await listen(v6, chosen, '::1');
      return { port: chosen, close: () => closeAll([v4, v6]) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No IPv6 loopback on this machine: IPv4 alone serves localhost.
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return { port: chosen, close: () => closeAll([v4]) };
      await closeAll([v4]);
      // A free IPv4 port may be taken on ::1; pick another, unless the caller asked for this one.
      if (code !== 'EADDRINUSE' || port !== 0 || attempt >= 10) throw error;
    }
  }
}

function listen(server: https.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

async function closeAll(servers: https.Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive clients would otherwise hold close() open.
          server.closeAllConnections();
        }),
    ),
  );
}
