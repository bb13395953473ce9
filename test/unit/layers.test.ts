import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const CRUISER = join(REPO, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** Runs the project's dependency rules (.dependency-cruiser.cjs) over a small source tree written inline. */
function cruise(files: Record<string, string>): { code: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'xwgk-layers-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' }, include: ['src'] }),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const r = spawnSync(process.execPath, [CRUISER, 'src', '--config', join(REPO, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('the layer rules (npm run deps)', () => {
  it('pass imports that point down the layers', () => {
    const r = cruise({
      'src/model/a.ts': 'export const a = 1;\n',
      'src/i18n/index.ts': "import { a } from '../model/a.js';\nexport const t = a;\n",
      'src/render/r.ts': "import { t } from '../i18n/index.js';\nimport { a } from '../model/a.js';\nexport const r = t + a;\n",
      'src/cli/c.ts': "import { r } from '../render/r.js';\nexport const c = r;\n",
    });
    expect(r.out).toContain('no dependency violations');
    expect(r.code).toBe(0);
  });

  it('fail a renderer that imports the command layer, a check that imports i18n (even for a type), a cycle, and the disk outside the archive', () => {
    const r = cruise({
      'src/commands/ctx.ts': 'export interface Ctx { lang: string }\n',
      'src/render/leak.ts': "import type { Ctx } from '../commands/ctx.js';\nexport type R = Ctx;\n",
      'src/i18n/index.ts': 'export type MessageKey = string;\n',
      'src/checks/leak.ts': "import type { MessageKey } from '../i18n/index.js';\nexport type K = MessageKey;\n",
      'src/model/x.ts': "import { y } from './y.js';\nexport const x = () => y;\n",
      'src/model/y.ts': "import { x } from './x.js';\nexport const y = () => x;\n",
      'src/render/disk.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      'src/archive/disk.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    });
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/layer-render: src\/render\/leak\.ts → src\/commands\/ctx\.ts/);
    expect(r.out).toMatch(/i18n-at-the-edge: src\/checks\/leak\.ts → src\/i18n\/index\.ts/);
    expect(r.out).toMatch(/no-circular: src\/model\/[xy]\.ts/);
    expect(r.out).toMatch(/disk-in-archive: src\/render\/disk\.ts → (node:)?fs/);
    expect(r.out).not.toMatch(/src\/archive\/disk\.ts/);
  });
});
