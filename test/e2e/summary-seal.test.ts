/** A sealed term's summary says so, and names the records corrected after the seal. */
import { describe, expect, it } from 'vitest';
import { cli, SETTINGS_ZH, writeArchive } from '../helpers/archive.js';
import { addFlags, PLAIN } from '../helpers/add-flags.js';

const add = (root: string, title: string, time: string) =>
  cli(['--archive', root, ...addFlags({ ...PLAIN, title, content: `${title}的内容`, time })], { env: { XWGK_NOW: `${time}T09:00:00Z` } });

describe('summary of a sealed term', () => {
  it('reports the seal, and the corrections made after it', async () => {
    const root = writeArchive({ 'xwgk.yaml': SETTINGS_ZH });
    expect((await add(root, '秋游安排', '2025-10-10')).code).toBe(0);
    expect((await add(root, '运动会安排', '2025-11-10')).code).toBe(0);
    const seal = await cli(['--archive', root, 'seal', '--term', '2025-2026-1', '--today', '2026-02-01'], {
      env: { XWGK_NOW: '2026-02-01T09:00:00Z' },
    });
    expect(seal.code).toBe(0);
    const summary = async (lang: string) =>
      cli(['--archive', root, 'summary', '--term', '2025-2026-1', '--today', '2026-03-01', '--lang', lang]);
    expect((await summary('zh-CN')).stdout).toContain('本学期档案已于2026年2月1日封存');
    expect((await summary('zh-CN')).stdout).toContain('封存后档案没有改动。');

    const amend = await cli(['--archive', root, 'amend', '20251110-001', '--set', 'title=校运动会安排', '--reason', '标题有误'], {
      env: { XWGK_NOW: '2026-02-20T09:00:00Z' },
    });
    expect(amend.code).toBe(0);
    const json = JSON.parse(
      (await cli(['--archive', root, 'summary', '--term', '2025-2026-1', '--today', '2026-03-01', '--format', 'json'])).stdout,
    );
    expect(json.seal).toMatchObject({ sealed: true, sealedOn: '2026-02-01', changedSince: ['20251110-001'] });
    expect(json.seal.digest).toMatch(/^[0-9a-f]{64}$/);
    expect((await summary('zh-CN')).stdout).toContain('封存后经说明理由更正了1条记录（《校运动会安排》）');
    expect((await summary('en')).stdout).toContain('since then 1 record was corrected with a stated reason (“校运动会安排”)');
  });
});
