// The esbuild plugins both builds share: the dist/ bundle (scripts/build.mjs) and the single
// executables (scripts/dist.mjs). Each trims start-up or size; see the comment on each.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// commander requires node:child_process at load (for stand-alone executable subcommands, which xwgk
// does not use), and with it net, dgram, streams and readline: a fifth of a small command's start-up.
// It is required lazily instead, on first use.
export const commanderLazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`commander changed: ${eager} not found in ${args.path}`);
      return {
        contents: source.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"),
        loader: 'js',
      };
    });
  },
};

// chalk probes the terminal at load (node:tty, which pulls in net and streams); xwgk decides colour
// itself (src/cli/color.ts sets chalk.level before anything is printed), so the probe is replaced by
// one that says "no colour".
export const chalkNoProbe = {
  name: 'chalk-no-probe',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'xwgk-no-probe' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'xwgk-no-probe' }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
  },
};

// zod re-exports all of its ~50 message locales as `z.locales`, which defeats tree-shaking and makes
// zod three quarters of the bundle. xwgk translates its own messages and uses zod's English default
// only, so the locales index is replaced by the two languages xwgk speaks (start-up: see bench/).
export const zodLocales = {
  name: 'zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'xwgk-stub', pluginData: args.resolveDir } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'xwgk-stub' }, (args) => ({
      contents: "export { default as en } from '../locales/en.js';\nexport { default as zhCN } from '../locales/zh-CN.js';\n",
      resolveDir: args.pluginData,
      loader: 'js',
    }));
  },
};

/** A hash of everything that shapes what the CLI computes: keys the parse cache to this exact build. */
export function buildId() {
  const hash = createHash('sha256');
  const add = (path) => {
    for (const e of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(path, e.name);
      if (e.isDirectory()) add(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  add('src');
  add('templates');
  hash.update(readFileSync('package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}

// zod is a third of the code a command loads, and a warm command (settings and records from the
// cache) validates nothing but its options, which use zod/mini (src/commands/option-schemas.ts). So in
// the dist/ bundle `import { z } from 'zod'` becomes a stand-in that requires dist/zod.cjs (built
// beside the bundle, scripts/build.mjs) the first time anything is asked of `z`: a cold parse, a write,
// a settings check. The single executables bundle zod itself (scripts/sea-bundle.mjs does not use this).
export function zodOnFirstUse(packagePaths) {
  return {
    name: 'zod-on-first-use',
    setup(b) {
      b.onResolve({ filter: /^zod$/ }, (args) => (args.namespace === 'file' ? { path: 'zod', namespace: 'xwgk-zod' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'xwgk-zod' }, () => ({
        contents: `import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from ${JSON.stringify(packagePaths)};
let lib;
const load = () => (lib ??= createRequire(import.meta.url)(join(PACKAGE_ROOT, 'dist', 'zod.cjs')).z);
export const z = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => ({ ...Reflect.getOwnPropertyDescriptor(load(), key), configurable: true }),
});
export default z;
`,
        loader: 'js',
        resolveDir: process.cwd(),
      }));
    },
  };
}

// The message catalogs of both languages are a sixth of a command's code, and a command speaks one.
// In the dist/ bundle src/i18n/catalogs.ts becomes a reader of dist/i18n/<lang>.json (written by
// scripts/build.mjs from the same catalogs), which parses a language the first time it is asked for.
export const catalogsFromJson = (packagePaths) =>
  moduleFromDistJson(packagePaths, {
    name: 'catalogs-from-json',
    filter: /[\\/]src[\\/]i18n[\\/]catalogs\.ts$/,
    exported: 'catalogOf',
    file: "(lang) => join('i18n', lang + '.json')",
  });

// The default catalog (templates/catalog.yaml) takes the YAML library 60–120 ms to parse, on every
// run that reads the settings afresh (init, import into a new archive, any run after xwgk.yaml
// changed). The build parses and validates it once, as src/archive/default-catalog.ts does, into
// dist/catalog.json, and in the dist/ bundle that module reads the result.
export const defaultCatalogFromJson = (packagePaths) =>
  moduleFromDistJson(packagePaths, {
    name: 'default-catalog-from-json',
    filter: /[\\/]src[\\/]archive[\\/]default-catalog\.ts$/,
    exported: 'defaultCatalogData',
    file: "() => 'catalog.json'",
  });

/**
 * Replaces the module `filter` names with one exporting `exported(key)`: the JSON file under dist/ that
 * `file(key)` names (source code of a function), parsed the first time each key is asked for.
 */
function moduleFromDistJson(packagePaths, { name, filter, exported, file }) {
  return {
    name,
    setup(b) {
      b.onLoad({ filter }, () => ({
        contents: `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from ${JSON.stringify(packagePaths)};
const fileOf = ${file};
const loaded = new Map();
// (called for every message translated: the file is looked up by its argument, the path made once)
export function ${exported}(key) {
  let data = loaded.get(key);
  if (data === undefined) loaded.set(key, (data = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist', fileOf(key)), 'utf8'))));
  return data;
}
`,
        loader: 'js',
        resolveDir: process.cwd(),
      }));
    },
  };
}
