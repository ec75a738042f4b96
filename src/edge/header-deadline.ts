import type { Server } from 'node:http';
import type { Socket } from 'node:net';

const DEADLINE = Symbol('header deadline');
type Watched = Socket & { [DEADLINE]?: NodeJS.Timeout };

/**
 * Each request's headers must be complete within `ms` of the connection opening (or of the last
 * answer on a kept-alive one); a connection still sending them then is closed. Node's own
 * headersTimeout is 60 s and is only checked every 30 s (connectionsCheckingInterval, fixed when the
 * server is made, which restify does): a stranger trickling one header line every few seconds held
 * a connection for a minute or more, before any authentication, as many times as they liked.
 */
export function boundHeaderTime(server: Server, ms: number): void {
  const arm = (socket: Watched) => {
    clearTimeout(socket[DEADLINE]);
    socket[DEADLINE] = setTimeout(() => socket.destroy(), ms);
    socket[DEADLINE].unref();
  };
  server.on('connection', (socket: Watched) => {
    arm(socket);
    socket.once('close', () => clearTimeout(socket[DEADLINE]));
  });
  server.on('request', (request, response) => {
    const socket = request.socket as Watched;
    clearTimeout(socket[DEADLINE]);
    response.once('finish', () => {
      if (!socket.destroyed) arm(socket);
    });
  });
}
