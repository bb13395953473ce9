// Bundles the CLI into dist/ with esbuild: one file to load at start-up (see the performance issue),
// with heavy modules (prompts, docx, xlsx) split into chunks that load only in the command that needs them.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { xwgk: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __XWGK_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __xwgkCreateRequire } from 'node:module'; const require = __xwgkCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
