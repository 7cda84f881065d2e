// `pnpm --filter @parley/server build`: the server as one JavaScript file, server/dist/main.js, which
// `pnpm start` runs with plain `node dist/main.js` (no TypeScript compiler at run time, issue 17).
// esbuild bundles src/main.ts with @parley/shared inlined (it is TypeScript source), Yjs with its
// two companions and zod (below); every other package in the server's dependencies stays a require(),
// resolved from server/node_modules at run time, so native modules load as they are.
//
// CommonJS rather than ES modules: the packages then load their single-file CommonJS builds (as the
// reference server does), about 2 MiB less resident memory than their many ES module files, and
// what the source imports with import() (PostgreSQL storage, the cluster with its Redis client, DOCX
// export and import) stays in the one file but runs, and requires its packages, only when first used.
//
// The files are written beside their final names and then renamed over them: a server starting from
// dist/ while another build runs (tests, `pnpm cluster`) reads a whole file, old or new.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverDir = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(serverDir, 'dist');
const { dependencies } = JSON.parse(fs.readFileSync(path.join(serverDir, 'package.json'), 'utf8'));
// yjs, lib0 and y-protocols are inlined from their ES module builds: esbuild then hoists them into the
// file's scope, so `Y.Item` is a plain binding. Required as CommonJS, every `Y.x` went through the
// interop namespace's getter, 2.5–6.7% of the server's self time in the load profiles (issue 17).
// All three together, so there is still one Yjs: nothing left outside requires it.
// zod is inlined too, from its ES module build and shaken to what the schemas use (below).
const inlined = new Set(['@parley/shared', 'yjs', 'lib0', 'y-protocols', 'zod']);
const external = Object.keys(dependencies).filter((name) => !inlined.has(name));

// The source imports `{ z } from 'zod'`: z is zod's whole namespace as one value, so esbuild keeps
// all of zod (every locale, JSON Schema in both directions: 618 KB), and required as a package it
// loaded and compiled all of it at start. Read as `import * as z`, each `z.object` is a plain import
// and esbuild keeps only what is used (157 KB): about 5 MiB less resident memory at rest (issue 17).
// Only the bundle reads it this way; the source keeps the import every module uses.
const zodAsNamespace = {
  name: 'zod-as-namespace',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const named = "import { z } from 'zod';";
      if (!source.includes(named)) return undefined;
      return { contents: source.replace(named, "import * as z from 'zod';"), loader: 'ts' };
    });
  },
};

const started = performance.now();
const result = await build({
  entryPoints: [path.join(serverDir, 'src/main.ts')],
  outfile: path.join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20.19',
  // The package and its subpaths (y-protocols/awareness, lib0/encoding…).
  external: external.flatMap((name) => [name, `${name}/*`]),
  // main.ts finds the built client beside the server from its own URL; CommonJS has no import.meta.
  define: { 'import.meta.url': '__parleyMainUrl' },
  // The directive first: esbuild's own "use strict" comes after the banner, where it is a plain string
  // and the bundle would run sloppy while the tests run the source (ES modules) strict.
  banner: { js: '"use strict";\nconst __parleyMainUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [zodAsNamespace],
  // Without comments (some hold non-ASCII characters, and V8 then keeps the whole source, which it
  // needs for lazy compilation, as two bytes a character) and indentation: the file's source in
  // memory went from 1.8 MiB to 0.8. Identifiers stay, so CPU profiles and stack traces name
  // functions; with --enable-source-maps a trace names the .ts lines.
  minifyWhitespace: true,
  // Read with NODE_OPTIONS=--enable-source-maps when a stack trace should name the .ts lines.
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
});
const files = [
  ...result.outputFiles.map((file) => ({ path: file.path, contents: file.contents })),
  // The server package is "type": "module"; this folder's .js files are CommonJS.
  { path: path.join(outdir, 'package.json'), contents: Buffer.from('{ "type": "commonjs" }\n') },
];
fs.mkdirSync(outdir, { recursive: true });
for (const file of files) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, file.contents);
  fs.renameSync(temporary, file.path);
}
const bytes = result.outputFiles.find((file) => file.path.endsWith('main.js'))?.contents.byteLength ?? 0;
console.log(
  `server built in ${((performance.now() - started) / 1000).toFixed(1)} s: dist/main.js (${(bytes / 1024).toFixed(0)} KiB)`,
);
