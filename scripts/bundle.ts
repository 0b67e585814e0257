/**
 * The production gateway as one bundle: src/server.ts and everything it imports at start, minified,
 * into dist/src/server.js (the path `npm run start:dist`, the Dockerfile and the peers bench run), with
 * what loads later (the embedded simulators, GraphiQL, Redis, JWT, WebSockets, tracing) split into
 * dist/src/chunks/, loaded only when used. Run by `npm run build` after tsc has type-checked and
 * emitted the rest of dist/.
 *
 * Why: a process of separately loaded ES modules spends start-up on resolving and linking each of
 * several hundred files (≈40 MB of garbage at start: paths, URLs, package.json reads), which sizes the
 * heap V8 then keeps until its memory reducer runs ~16 s later, and V8 keeps every module's source
 * text for the life of the process (7.8 MB). Bundled: idle RSS 123–128 → 106–109 MB on the same
 * machine, with or without --enable-source-maps (bench/findings.md).
 *
 * Licence comments go to a .LEGAL.txt beside each file. OpenTelemetry stays a package: its instrumentations find the modules they patch by loading
 * them. undici is loaded from its own files at run time (upstream/undici-core.ts).
 */
import { build } from 'esbuild';
import { statSync } from 'node:fs';

const result = await build({
  entryPoints: { server: 'src/server.ts' },
  outdir: 'dist/src',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Whitespace and syntax only: names stay as written, so a stack trace in the log names the real
  // functions (shortened names would save 3 MB more).
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: false,
  // Not `keepNames`: it wraps every function of every dependency in a naming call (+13 MB idle RSS,
  // measured), and only names the bundler renames to avoid a clash would need it. Nothing here looks a
  // class up by its name: our errors set `name` themselves, and test/server.test.ts compares the
  // bundle's introspected schema with schema/schema.graphql.
  keepNames: false,
  // Written beside the bundle but not linked from it: `node --enable-source-maps` (start:dist) would
  // otherwise decode the whole map at start, +18 MB of RSS for the life of the process (measured). A
  // stack trace's bundle positions map back to src/ with dist/src/server.js.map; BUNDLE_SOURCE_MAPS=linked
  // links it for a debugging build.
  sourcemap: process.env.BUNDLE_SOURCE_MAPS === 'linked' ? 'linked' : 'external',
  sourcesContent: false,
  legalComments: 'linked',
  external: ['@opentelemetry/*'],
  // CommonJS dependencies inside an ES module bundle still call require() for Node's own modules.
  banner: { js: "import { createRequire as __sbCreateRequire } from 'node:module'; const require = __sbCreateRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
const kb = (f: string) => Math.round(statSync(f).size / 1024);
console.log(`bundled: dist/src/server.js ${kb('dist/src/server.js')} kB at start, ${outputs.length - 1} chunks loaded when used (${outputs.filter((f) => f !== 'dist/src/server.js').reduce((s, f) => s + kb(f), 0)} kB)`);
