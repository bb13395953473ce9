// The CLI as the single CommonJS file a Node single executable runs (SEA runs CommonJS only, and its
// `require` sees only Node's built-in modules): everything bundled, no chunks, no top-level await
// (esbuild refuses it in CommonJS, so the build fails if one appears), and the parse worker as a second
// CommonJS file that is embedded as an asset and started from its source (src/model/package-paths.ts).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildId, chalkNoProbe, commanderLazyChildProcess, zodLocales } from './build-plugins.mjs';

// src/model/yaml-lib.ts loads dist/yaml.cjs from disk beside the bundle; in the executable the YAML
// library is bundled in instead, still evaluated only on first use (esbuild wraps a required module
// in a function that runs when it is first required).
const yamlInline = {
  name: 'yaml-inline',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]model[\\/]yaml-lib\.ts$/ }, () => ({
      contents: "let lib;\nexport function yaml() {\n  lib ??= require('yaml');\n  return lib;\n}\n",
      loader: 'ts',
    }));
  },
};

/** Bundles `src/main.ts` and the parse worker into `outDir` as xwgk.cjs and parse-worker.cjs. */
export async function bundleForSea(outDir) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node24',
    packages: 'bundle',
    logLevel: 'warning',
    legalComments: 'none',
    // import.meta is empty in CommonJS; the two modules that read import.meta.url get this file's URL.
    define: {
      __XWGK_VERSION__: JSON.stringify(pkg.version),
      __XWGK_BUILD_ID__: JSON.stringify(`${buildId()}-sea`),
      __XWGK_BUNDLED__: 'true',
      'import.meta.url': '__xwgkMetaUrl',
      // Only the site's search worker resolves a package at run time, and site does not run in the executable.
      'import.meta.resolve': 'undefined',
    },
    banner: { js: "var __xwgkMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [yamlInline, zodLocales, commanderLazyChildProcess, chalkNoProbe],
    // Only `xwgk site` uses it, and the site cannot be built in the executable (src/commands/site.ts): 2 MB less.
    external: ['@cantoo/pdf-lib'],
  };
  await build({
    ...common,
    stdin: { contents: "import { main } from './src/main.ts';\nvoid main();\n", resolveDir: '.', loader: 'ts', sourcefile: 'sea-main.ts' },
    outfile: join(outDir, 'xwgk.cjs'),
  });
  await build({ ...common, entryPoints: ['src/archive/parse-worker.ts'], outfile: join(outDir, 'parse-worker.cjs') });
}
