/**
 * `xwgk site` inside the standalone executables (node:sea says so): one clear message, in the user's
 * language, saying what to do instead, exit 2 and nothing written — instead of pagefind's "Failed to
 * install either of [pagefind_extended, pagefind]" (what a clerk saw before). The executables are not
 * built here: the module that knows whether it runs inside one is replaced.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli, tempDir } from '../helpers/archive.js';
import { writeSiteArchive } from '../helpers/site.js';

vi.mock('../../src/model/package-paths.js', async (original) => ({
  ...(await original<typeof import('../../src/model/package-paths.js')>()),
  IN_SEA: true,
}));

describe('xwgk site in the standalone executable', () => {
  it('stops with what to do instead, in Chinese, and writes nothing', async () => {
    const archive = writeSiteArchive();
    const out = join(tempDir(), 'site');
    const r = await cli(['--archive', archive, 'site', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能生成网站：网站的搜索索引（pagefind）和图片处理（sharp）所需的程序装不进单个可执行文件，网站没有生成');
    expect(r.stderr).toContain('请在装有 Node.js 20 或更高版本的电脑上生成');
    expect(r.stderr).toContain('node bin/xwgk.js --archive 档案文件夹 site --out 网站文件夹');
    expect(r.stderr).not.toMatch(/Failed to install|at .*\.js:\d+/);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(existsSync(out)).toBe(false);
  });

  it('says it in English too; other commands still run', async () => {
    const archive = writeSiteArchive();
    const r = await cli(['--archive', archive, '--lang', 'en', 'site', '--out', join(tempDir(), 'site')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot build the website');
    expect(r.stderr).toContain('build it on a computer with Node.js 20 or later');
    expect((await cli(['--archive', archive, 'list', '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'json'])).code).toBe(0);
  });
});
