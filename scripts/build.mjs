// Bundles the CLI into dist/ with esbuild: one file to load at start-up (see the performance issue),
// with heavy modules (prompts, docx, xlsx) split into chunks that load only in the command that needs them.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildId, chalkNoProbe, commanderLazyChildProcess, zodLocales } from './build-plugins.mjs';
import { stringWidthOnce, stripAnsiOnce, tableCellOptions, tableLayoutLinear } from './table-layout-patch.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const result = await build({
  // The parse worker is its own entry point: `loadArchive` starts it for a cold parse of a big archive.
  entryPoints: { xwgk: 'src/main.ts', 'parse-worker': 'src/archive/parse-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  // Native or binary-shipping packages load from node_modules at run time (`xwgk site` only).
  external: ['sharp', 'pagefind'],
  chunkNames: 'chunks/[name]-[hash]',
  define: { __XWGK_VERSION__: JSON.stringify(pkg.version), __XWGK_BUILD_ID__: JSON.stringify(buildId()), __XWGK_BUNDLED__: 'true' },
  banner: {
    js: "import { createRequire as __xwgkCreateRequire } from 'node:module'; const require = __xwgkCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [zodLocales, commanderLazyChildProcess, chalkNoProbe, tableLayoutLinear, tableCellOptions, stripAnsiOnce, stringWidthOnce],
  metafile: !!process.env.XWGK_BUILD_META,
});
// `XWGK_BUILD_META=file npm run build` keeps esbuild's metafile, to see what each chunk is made of.
if (process.env.XWGK_BUILD_META) writeFileSync(process.env.XWGK_BUILD_META, JSON.stringify(result.metafile));

// The YAML library as its own CommonJS file, required synchronously on first use (src/model/yaml-lib.ts):
// warm commands never parse YAML, so they never load it.
await build({
  stdin: { contents: "module.exports = require('yaml');", resolveDir: '.', loader: 'js' },
  outfile: 'dist/yaml.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
});
