import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('attachGraphqlWs', () => {
  it('loads ws only when a client opens a socket, not when the server starts', () => {
    const script = [
      "const { createRequire } = await import('node:module');",
      "const { createServer } = await import('node:http');",
      "const { attachGraphqlWs } = await import('./src/http/graphql-ws.ts');",
      'const server = createServer();',
      "const sockets = attachGraphqlWs(server, { fetch: () => new Response(null, { status: 500 }), corsOrigins: [], maxPayloadBytes: 1024 });",
      "const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/node_modules/ws/'));",
      'const atStart = loaded();',
      "await new Promise((r) => server.listen(0, '127.0.0.1', r));",
      "const { request } = await import('node:http');",
      // A real upgrade handshake, by hand (no WebSocket client in this process to load ws itself).
      "const status = await new Promise((resolve) => { const req = request({ host: '127.0.0.1', port: server.address().port, path: '/graphql', headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-protocol': 'graphql-transport-ws' } }); req.on('upgrade', (res, socket) => { socket.destroy(); resolve(res.statusCode); }); req.on('response', (res) => resolve(res.statusCode)); req.end(); });",
      'const afterUpgrade = loaded();',
      'await sockets.close();',
      'server.close();',
      'console.log(JSON.stringify({ atStart, status, afterUpgrade }));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8', timeout: 30_000 });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ atStart: false, status: 101, afterUpgrade: true });
  });
});
