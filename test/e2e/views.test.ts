import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { spawnCli, tempDir } from '../helpers/archive.js';
import { VIEWS_TODAY, writeViewsArchive } from '../helpers/views-archive.js';

// Runs the built bin (npm test builds first): the lazy xlsx chunk must load from dist/.
describe('status and audit as a real process', () => {
  const root = writeViewsArchive();
  const env = { XWGK_TODAY: VIEWS_TODAY, XWGK_LANG: 'zh-CN' };

  it('status prints the term at a glance and exits 0 although November is missing', () => {
    const r = spawnCli(['--archive', root, 'status'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('财务收支                           ✓    2    ✗    ·    ·   次月 15 日前');
    expect(r.stderr).toBe('');
  });

  it('audit writes an xlsx workbook named by --out, inferring the format from the extension', async () => {
    const out = join(tempDir(), 'register.xlsx');
    const r = spawnCli(['--archive', root, 'audit', '--out', out], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`已写入 ${out}`);
    expect(existsSync(out)).toBe(true);
    const rows = await readSheet(readFileSync(out));
    // Two title rows, the header, seven records.
    expect(rows.length).toBe(10);
    expect(rows[9]![0]).toBe('20251114-001');
  });

  it('audit refuses xlsx on the screen with exit 2', () => {
    const r = spawnCli(['--archive', root, 'audit', '--format', 'xlsx'], { env: { ...env, XWGK_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xlsx is a binary file and cannot be shown on the screen');
  });
});
