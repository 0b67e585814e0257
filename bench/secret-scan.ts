import { startSimulators } from '../src/simulators/index.js';
import { Redactor } from '../src/upstream/redact.js';

/**
 * `npx tsx bench/secret-scan.ts`: what checking an upstream body for every form of every secret
 * costs (Redactor.scrubBody, issue 18), against decoding the same bytes to text (which it replaces)
 * and parsing the JSON (which every body gets anyway). Bodies are the dashboard's own upstream
 * answers from the simulators; nine tokens are configured (three tenants' worth). Ratios are measured
 * in the same run, so a loaded machine moves them less than the absolute numbers.
 */
const TOKENS = [
  'tk4821:9f3c2a7d1e6b5a4c3d2e1f0a9b8c7d6e5f4a3b2c', 'uis-live-7Hq2mZp9Xc4Vb8Nn1Lk6Jd3Sa5Fg0Wr', 'leeloo0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  'tkacme:1f2e3d4c5b6a79880796a5b4c3d2e1f0a9b8c7d6', 'uis-acme-Qw7Er4Ty1Ui8Op5As2Df9Gh6Jk3L', 'll7acme0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2a3b4',
  'tkglobex:9a8b7c6d5e4f30211203f4e5d6c7b8a9f0e1d2c3', 'uis-globex-Zx3Cv6Bn9Mm2Lk5Jh8Gf1Dd4Ss7', 'll7globexf0e1d2c3b4a59687a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6',
];
const sims = await startSimulators({ seed: 42, size: 1, tokens: { reporter: TOKENS[0]!, uis: TOKENS[1]!, leeloo: TOKENS[2]! } });
const bodies = {
  'Reporter sessions/filter, 50 sessions': await (
    await fetch(`${sims.urls.reporter}/reporter/p/${TOKENS[0]}/sessions/filter?page=0&size=50&needToReturnSessionLabels=true`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"filters":[]}' })
  ).arrayBuffer(),
  'Leeloo accounts, 50': await (await fetch(`${sims.urls.leeloo}/accounts?limit=50`, { headers: { 'x-leeloo-authtoken': TOKENS[2]! } })).arrayBuffer(),
};
await sims.close();
const redactor = new Redactor(TOKENS);
const time = (n: number, f: () => unknown) => {
  for (let i = 0; i < 300; i++) f();
  const t = performance.now();
  for (let i = 0; i < n; i++) f();
  return ((performance.now() - t) / n) * 1000;
};
for (const [name, ab] of Object.entries(bodies)) {
  const buf = Buffer.from(ab);
  const text = buf.toString('utf8');
  const decode = time(3000, () => buf.toString('utf8'));
  const scrub = time(3000, () => redactor.scrubBody(buf));
  const parse = time(3000, () => JSON.parse(text));
  console.log(
    `${name} (${(buf.length / 1024).toFixed(1)} KB): decode ${decode.toFixed(1)} µs, scrubBody ${scrub.toFixed(1)} µs (decode included), JSON.parse ${parse.toFixed(1)} µs; ` +
      `scan ÷ parse = ${((scrub - decode) / parse).toFixed(2)}`,
  );
}
