/**
 * `xwgk catalog` shows the other words the normaliser accepts for each category (templates/catalog.yaml
 * and the archive's own `catalog.aliases`): under the name in the table and in Markdown, as `aliases` in
 * JSON; and the category table is no wider for it than the terminal allows.
 */
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/archive/settings.js';
import { catalogGrids } from '../../src/render/catalog.js';
import { renderGridAsTable } from '../../src/render/grid.js';
import { displayWidth } from '../../src/render/width.js';
import { cli, writeArchive } from '../helpers/archive.js';

const SETTINGS =
  'school: 测试小学\nlocale: zh-CN\ncatalog:\n  aliases:\n    categories: { 月度账目: finance }\n  categories:\n    - { id: canteen, label: { zh-CN: 食堂管理, en: Canteen }, column: affairs, frequency: event }\n';

describe('the aliases in xwgk catalog', () => {
  const root = writeArchive({ 'xwgk.yaml': SETTINGS });

  it('are under the category name in the table, the archive’s own last', async () => {
    const r = await cli(['--archive', root, 'catalog']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => /^│ finance +│ 财务收支 +│/.test(l));
    expect(lines[at + 1]).toMatch(/^│ +│ （也可写作：财务公开、财务收支公开、月度财务、月度账目） +│ +│/);
    // A category with no alias has its name alone on its line.
    const canteen = lines.findIndex((l) => /^│ canteen +│ 食堂管理 +│/.test(l));
    expect(lines[canteen + 1]).toMatch(/^(├|└)/);
  });

  it('are in English too, and in Markdown', async () => {
    const en = await cli(['--archive', root, '--lang', 'en', 'catalog']);
    expect(en.stdout).toMatch(/│ +│ \(also accepted: 财务公开, 财务收支公开, 月度财务, 月度账目\) +│/);
    const md = await cli(['--archive', root, 'catalog', '--format', 'md']);
    expect(md.stdout).toContain('| finance | 财务收支<br>（也可写作：财务公开、财务收支公开、月度财务、月度账目） | 财务 |');
  });

  it('are an aliases list on every entry in JSON, empty when there is none', async () => {
    const j = JSON.parse((await cli(['--archive', root, 'catalog', '--format', 'json'])).stdout);
    expect(j.categories.find((c: { id: string }) => c.id === 'finance').aliases).toEqual([
      '财务公开',
      '财务收支公开',
      '月度财务',
      '月度账目',
    ]);
    expect(j.categories.find((c: { id: string }) => c.id === 'canteen').aliases).toEqual([]);
    for (const kind of ['categories', 'forms', 'audiences', 'channels', 'timings', 'statuses'])
      for (const e of j[kind]) expect(Array.isArray(e.aliases), `${kind} ${e.id}`).toBe(true);
  });

  it('leave the category table within a terminal of 160 or 200 columns', () => {
    const { catalog } = loadSettings(root);
    for (const lang of ['zh-CN', 'en'] as const)
      for (const width of [160, 200]) {
        const table = renderGridAsTable(catalogGrids(catalog, lang)[0]!.grid, { maxWidth: width });
        expect(Math.max(...table.split('\n').map(displayWidth)), `${lang} ${width}`).toBeLessThanOrEqual(width);
      }
  });
});
