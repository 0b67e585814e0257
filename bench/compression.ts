/**
 * What compressing GraphQL responses saves and costs (plugins/use-compression.ts): the example
 * operations' results from a gateway on the simulators, each compressed as the plugin does (br 4,
 * gzip 6), with bytes and CPU time per response. `npx tsx bench/compression.ts`; figures in the README
 * ("Compression").
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

const OPERATIONS: [string, string][] = [
  ['backends (3 rows)', '{ backends { name mode } }'],
  ['10 sessions, ids only', '{ sessions(first: 10) { edges { node { id } } } }'],
  ['10 sessions with clients and labels', '{ sessions(first: 10) { edges { node { id sessionId startTime client { displayName } labels { labelId name } } } } }'],
  ['100 sessions with clients and labels', '{ sessions(first: 100) { edges { node { id sessionId startTime client { displayName } labels { labelId name } } } } }'],
  ['100 calls with employees and tags', `{ calls(period: { from: "${new Date(Date.now() - 7 * 86_400_000).toISOString()}", to: "${new Date().toISOString()}" }, first: 100) { edges { node { id startTime direction contactPhoneNumber employees { fullName } tags { name } } } } }`],
];

function cpuMs(fn: () => Buffer, rounds: number): { bytes: number; ms: number } {
  let bytes = 0;
  const start = process.cpuUsage();
  for (let i = 0; i < rounds; i++) bytes = fn().byteLength;
  const used = process.cpuUsage(start);
  return { bytes, ms: (used.user + used.system) / 1000 / rounds };
}

const app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RESPONSE_CACHE: 'off' }));
try {
  console.log('| result | bytes | gzip 6 bytes (CPU ms) | br 4 bytes (CPU ms) |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, query] of OPERATIONS) {
    const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' }, body: JSON.stringify({ query }) });
    const body = Buffer.from(await res.arrayBuffer());
    const rounds = body.byteLength < 10_000 ? 2000 : 200;
    const gz = cpuMs(() => gzipSync(body, { level: 6 }), rounds);
    const br = cpuMs(() => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }), rounds);
    const pct = (n: number) => `${Math.round((100 * n) / body.byteLength)} %`;
    console.log(`| ${name} | ${body.byteLength} | ${gz.bytes} = ${pct(gz.bytes)} (${gz.ms.toFixed(3)}) | ${br.bytes} = ${pct(br.bytes)} (${br.ms.toFixed(3)}) |`);
  }
} finally {
  await app.close();
}
