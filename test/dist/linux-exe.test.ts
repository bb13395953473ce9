/**
 * The Linux executable as it is used: unzipped into a folder with a space and Chinese in its path, run
 * with nothing on PATH (no node to lean on), through the smoke path init → add → list → check → status →
 * summary (Word) → verify; the sample archive it ships; and the menu, driven in a pseudo-terminal, which
 * makes the archive beside the executable. Needs `npm run dist` first (`npm run test:dist` does both).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/archive.js';
import { bareEnv, docxParts, releaseFile, runExe, unzipRelease, VERSION } from '../helpers/dist.js';
import { KEY, ptySession } from '../helpers/pty.js';

let folder: string;
let exe: string;
const env = bareEnv();

beforeAll(() => {
  folder = unzipRelease('xwgk-linux-x64.zip', join(tempDir(), '校务 公开'));
  exe = join(folder, 'xwgk-linux-x64');
});

describe('the Linux zip', () => {
  it('holds the executable, 使用说明.txt and the sample archive', () => {
    expect(readdirSync(folder).sort()).toEqual(['LICENSE-node.txt', 'xwgk-linux-x64', '使用说明.txt', '示例档案']);
    expect(readFileSync(join(folder, 'LICENSE-node.txt'), 'utf8')).toContain('Node.js is licensed for use as follows');
    expect(readFileSync(join(folder, '使用说明.txt'), 'utf8')).toContain('./xwgk-linux-x64 menu');
    expect(existsSync(join(folder, '示例档案', 'xwgk.yaml'))).toBe(true);
  });

  it('runs with no node on PATH', () => {
    expect(spawnSync('/bin/sh', ['-c', 'command -v node'], { env }).status).not.toBe(0);
    expect(runExe(exe, ['--version'], { cwd: folder, env })).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('the smoke path on the Linux executable', () => {
  it('init, add --yes, list, check, status, summary --format docx, verify', () => {
    const work = tempDir();
    const x = (...args: string[]) => runExe(exe, ['--lang', 'zh-CN', ...args], { cwd: work, env });
    expect(x('init', '我的 档案', '--school', '示例小学')).toMatchObject({ code: 0, stdout: '已在 我的 档案 建立“示例小学”的校务公开档案。下一步：xwgk add\n' });
    const a = (...args: string[]) => runExe(exe, ['--lang', 'zh-CN', '--archive', join(work, '我的 档案'), ...args], { cwd: work, env });
    const add = a('add', '--yes', '--category', '财务收支', '--title', '2025年12月财务收支公开', '--content', '收入186,400元；支出42,310元。', '--time', '2026-01-10',
      '--form', 'board', '--responsible', '王建国', '--review-by', '领导小组', '--review-on', '2026-01-08', '--supervision-by', '监督小组', '--supervision-on', '2026-01-08');
    expect(add).toMatchObject({ code: 0, stdout: '已登记 20260110-001（records/2026/20260110-001.yaml）\n' });
    expect(a('list', '--format', 'json').stdout).toContain('"title": "2025年12月财务收支公开"');
    const check = a('check');
    expect(check.code).toBe(1); // a new archive misses what was due this term
    expect(check.stdout).toContain('completeness — ');
    expect(check.stdout).toContain('schema — 通过');
    const status = a('status');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('示例小学 · 2025—2026学年第一学期');
    expect(a('summary', '--format', 'docx', '--out', '总结 文件.docx')).toMatchObject({ code: 0 });
    expect(readFileSync(join(work, '总结 文件.docx')).subarray(0, 2).toString()).toBe('PK');
    // The charts are drawn inside the executable too (resvg carried as an asset, src/archive/native-addon.ts).
    const docx = docxParts(join(work, '总结 文件.docx'));
    expect(docx.images.length).toBeGreaterThan(0);
    expect(docx.body).not.toContain('summary --format html');
    // The summary's wording comes from the templates inside the executable (there is no templates/ here).
    expect(a('summary').stdout).toContain('一、总体情况');
    expect(a('verify')).toMatchObject({ code: 0, stdout: expect.stringContaining('核验通过：1 个记录文件') });
    // The website cannot be built inside the executable: one message saying what to do instead.
    const site = a('site', '--out', join(work, '网站'));
    expect(site.code).toBe(2);
    expect(site.stderr).toContain('独立可执行版 xwgk-linux-x64 不能生成网站');
    expect(site.stderr).toContain('请在装有 Node.js 20 或更高版本的电脑上生成');
    expect(existsSync(join(work, '网站'))).toBe(false);
  });

  it('finds the three planted problems in the sample archive it ships, and verifies it', () => {
    const s = (...args: string[]) => runExe(exe, ['--lang', 'zh-CN', '--archive', '示例档案', ...args], { cwd: folder, env });
    expect(s('verify')).toMatchObject({ code: 0, stdout: expect.stringContaining('核验通过：95 个记录文件') });
    // The annual report's templates (templates/report/) are inside the executable too.
    expect(s('report', '--year', '2025')).toMatchObject({ code: 0, stdout: expect.stringContaining('# 示例市实验小学2025年信息公开工作年度报告\n') });
    const check = s('check', '--from', '2025-09-01', '--to', '2026-07-10', '--today', '2026-07-20');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('共 3 个错误，0 个警告');
  });
});

describe('templates in the Linux executable', () => {
  it("uses an archive's own template from disk beside the embedded ones, and names a broken one", () => {
    const work = tempDir();
    const x = (...args: string[]) => runExe(exe, ['--lang', 'zh-CN', ...args], { cwd: work, env });
    expect(x('init', '档案', '--school', '示例小学').code).toBe(0);
    mkdirSync(join(work, '档案', 'templates', 'summary', 'zh-CN'), { recursive: true });
    writeFileSync(join(work, '档案', 'templates', 'summary', 'zh-CN', 'overview.liquid'), '本校本学期公开{{ s.total }}项。\n');
    const summary = x('--archive', '档案', 'summary');
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('本校本学期公开0项。'); // the archive's own overview
    expect(summary.stdout).toContain('### （一）公开内容'); // the embedded content.liquid
    writeFileSync(join(work, '档案', 'templates', 'summary', 'zh-CN', 'overview.liquid'), '{{ s.nonexistent }}\n');
    const broken = x('--archive', '档案', 'summary');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(join('档案', 'templates', 'summary', 'zh-CN', 'overview.liquid'));
  });
});

describe('the menu of the Linux executable', () => {
  it('creates 档案 beside the executable, whatever the current folder, and verifies it', async () => {
    const elsewhere = tempDir();
    const t = ptySession([exe, 'menu'], { cwd: elsewhere, env, timeoutMs: 30_000 });
    await t.answer('还没有档案', '');
    await t.answer('要做什么？', '');
    await t.answer('看看示例档案（示例档案）', KEY.enter); // offered since the zip holds it; Enter takes the first, 建立本校档案
    await t.answer('学校名称', `试验小学${KEY.enter}`);
    await t.answer('信息公开指南', `n${KEY.enter}`); // init asks for the website's guide
    await t.answer('校务公开档案 · 试验小学', '');
    await t.answer('要做什么？', KEY.down.repeat(5) + KEY.enter); // 核验档案
    await t.answer('核验通过：0 个记录文件', '');
    await t.answer('按回车键返回菜单', KEY.enter);
    await t.answer('要做什么？', KEY.up + KEY.enter); // 退出
    expect((await t.done()).code).toBe(0);
    expect(readFileSync(join(folder, '档案', 'xwgk.yaml'), 'utf8')).toMatch(/^school: 试验小学$/m);
    expect(readdirSync(elsewhere)).toEqual([]);
  }, 60_000);
});

describe('the sizes the documentation gives', () => {
  it('are those of the files built, to within 2 MB', () => {
    const table = readFileSync(join(REPO, 'docs', 'dist.md'), 'utf8');
    for (const name of ['xwgk-win-x64.exe', 'xwgk-linux-x64', 'xwgk-win-x64.zip', 'xwgk-linux-x64.zip']) {
      const said = Number(new RegExp(`^\\| \`${name.replaceAll('.', '\\.')}\` \\| ([\\d.]+) MB \\|`, 'm').exec(table)?.[1]);
      expect(Math.abs(statSync(releaseFile(name)).size / 1048576 - said), name).toBeLessThan(2);
    }
  });
});
