import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * MAX_CONNECTIONS without a lock-out. node's own `server.maxConnections` drops every new connection
 * while the cap is reached, so 1 000 sockets that send nothing (each held until HEADERS_TIMEOUT_MS)
 * kept every real client out meanwhile. Here, a connection over the cap first makes room: the oldest
 * socket with no request in progress (one that sent nothing, a slow client still sending its headers,
 * an idle keep-alive) is closed. Only when every socket is busy with a request (a running operation,
 * an SSE stream) is the new connection closed at once. So idle sockets cost an attacker as much as
 * they cost the server: each new one pushes out an older idle one, never a working client.
 *
 * A socket upgraded to a WebSocket has no request in progress as node sees it, so it looked idle
 * and was the first pushed out: a supervisor's graphql-ws connection, the oldest socket of all, was
 * closed by the first 1 000 silent sockets of a stranger. Its transport marks it busy with `hold`
 * once the connection is authenticated (not at the upgrade: an upgrade that never authenticates is
 * as cheap to open as a silent socket, and graphql-ws closes it within its init timeout anyway).
 *
 * @returns how many sockets are open (for tests and metrics), and `hold(socket)`: busy until released or closed
 */
export function capConnections(server: Server, max: number): { readonly open: number; hold(socket: Socket): () => void } {
  // Insertion order is age: the first idle one found is the oldest.
  const sockets = new Set<Socket>();
  const busy = new WeakMap<Socket, number>();
  server.on('request', (req, res) => {
    const socket = req.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    res.once('close', () => busy.set(socket, (busy.get(socket) ?? 1) - 1));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    if (sockets.size <= max) return;
    for (const other of sockets) {
      if (other !== socket && !busy.get(other)) {
        other.destroy();
        sockets.delete(other);
        return;
      }
    }
    socket.destroy();
    sockets.delete(socket);
  });
  return {
    get open() {
      return sockets.size;
    },
    hold(socket) {
      busy.set(socket, (busy.get(socket) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        busy.set(socket, (busy.get(socket) ?? 1) - 1);
      };
    },
  };
}
