// Bundles the CLI into dist/ with esbuild: one file to load at start-up (see the performance issue),
// with heavy modules (prompts, docx, xlsx) split into chunks that load only in the command that needs them.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildId,
  catalogsFromJson,
  defaultCatalogFromJson,
  chalkNoProbe,
  commanderLazyChildProcess,
  zodLocales,
  zodOnFirstUse,
} from './build-plugins.mjs';
import { stringWidthOnce, stripAnsiOnce, tableCellOptions, tableLayoutLinear } from './table-layout-patch.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const packagePaths = fileURLToPath(new URL('../src/model/package-paths.ts', import.meta.url));
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
  plugins: [
    zodOnFirstUse(packagePaths),
    catalogsFromJson(packagePaths),
    defaultCatalogFromJson(packagePaths),
    zodLocales,
    commanderLazyChildProcess,
    chalkNoProbe,
    tableLayoutLinear,
    tableCellOptions,
    stripAnsiOnce,
    stringWidthOnce,
  ],
  metafile: true,
});
// dist/ as a package scope of its own: Node looks up the nearest package.json for every module it
// loads, and finding this two-line one beside the bundle costs less than the repository's (measured:
// about 7 ms of a small command's start-up).
writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "module" }\n');
// The start-up plugins must have taken hold: zod behind its stand-in, no catalog compiled into the bundle.
const inputs = Object.keys(result.metafile.inputs);
if (!inputs.includes('xwgk-zod:zod') || inputs.some((i) => i.includes('src/i18n/messages/')))
  throw new Error('build: zod or the message catalogs were bundled eagerly (scripts/build-plugins.mjs: zodOnFirstUse, catalogsFromJson)');
const bundled = Object.keys(result.metafile.outputs).map((f) => readFileSync(f, 'utf8'));
if (!bundled.some((text) => text.includes('"catalog.json"')))
  throw new Error('build: the default catalog would be parsed at run time (scripts/build-plugins.mjs: defaultCatalogFromJson)');
// `XWGK_BUILD_META=file npm run build` keeps esbuild's metafile, to see what each chunk is made of.
if (process.env.XWGK_BUILD_META) writeFileSync(process.env.XWGK_BUILD_META, JSON.stringify(result.metafile));

/** A library as its own CommonJS file in dist/, required synchronously the first time it is needed. */
const cjsLibrary = (contents, outfile, plugins = []) =>
  build({
    stdin: { contents, resolveDir: '.', loader: 'js' },
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
    plugins,
  });
// The YAML library (src/model/yaml-lib.ts): warm commands never parse YAML, so they never load it.
await cjsLibrary("module.exports = require('yaml');", 'dist/yaml.cjs');
// zod likewise (scripts/build-plugins.mjs, zodOnFirstUse): loaded when a schema is first used.
await cjsLibrary("export { z } from 'zod';", 'dist/zod.cjs', [zodLocales]);

/** The exports of a source module, bundled and evaluated here (the build runs the source's own code). */
let evaluated = 0;
async function evaluateSource(entry) {
  const out = await build({
    entryPoints: [entry],
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  });
  // A new name each time: a module URL once imported is cached.
  const tmp = new URL(`../dist/.evaluate-${process.pid}-${++evaluated}.mjs`, import.meta.url);
  writeFileSync(tmp, out.outputFiles[0].text);
  try {
    return await import(tmp.href);
  } finally {
    rmSync(tmp);
  }
}

// Each language's catalog as data (scripts/build-plugins.mjs, catalogsFromJson), from the catalogs themselves.
const { zhCN, en } = await evaluateSource('src/i18n/messages/index.ts');
mkdirSync(new URL('../dist/i18n', import.meta.url), { recursive: true });
for (const [lang, words] of [
  ['zh-CN', zhCN],
  ['en', en],
])
  writeFileSync(new URL(`../dist/i18n/${lang}.json`, import.meta.url), JSON.stringify(words));

// The default catalog, parsed and validated by the source's own reader (scripts/build-plugins.mjs, defaultCatalogFromJson).
const { defaultCatalogData } = await evaluateSource('src/archive/default-catalog.ts');
writeFileSync(new URL('../dist/catalog.json', import.meta.url), JSON.stringify(defaultCatalogData()));
