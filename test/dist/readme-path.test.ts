/**
 * The README's path for people who are not developers, followed from the Windows zip on a clean
 * folder, under Wine in a pseudo-terminal (a console, as a double-click gives): unzip, run
 * xwgk-菜单.cmd, 建立本校档案, 登记一条公开 through the prompts, 生成学期总结, 导出台账, 核验档案, 退出;
 * then the backup (copy the 档案 folder: the copy verifies) and the update (a new executable over the
 * old one: the archive still verifies). The executable is the Wine-runnable copy (see helpers/dist.ts).
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/archive.js';
import { runWine, unzipRelease, WINE64, winePrefix, wineRunnable } from '../helpers/dist.js';
import { KEY, ptySession } from '../helpers/pty.js';

let prefix: string;
let folder: string;

beforeAll(() => {
  prefix = winePrefix();
  folder = unzipRelease('xwgk-win-x64.zip', join(tempDir(), '办公室 电脑'));
  wineRunnable(join(folder, 'xwgk-win-x64.exe'), join(folder, 'xwgk-win-x64.exe'));
});

describe("the README's path from the Windows zip", () => {
  it('double-click the menu, create the archive, log, summarise, export, verify, quit', async () => {
    const cmd = `Z:${join(folder, 'xwgk-菜单.cmd').replaceAll('/', '\\')}`;
    const env = { WINEPREFIX: prefix, WINEDEBUG: '-all', LANG: 'zh_CN.UTF-8', LC_CTYPE: 'C.UTF-8', XWGK_TODAY: '2026-01-20' };
    const t = ptySession([WINE64, 'cmd', '/c', cmd], { cwd: tempDir(), env, timeoutMs: 90_000 });
    await t.answer('还没有档案', '');
    await t.answer('看看示例档案（示例档案）', KEY.enter); // the first item: 建立本校档案
    await t.answer('学校名称', `示例市第二小学${KEY.enter}`);
    await t.answer('信息公开指南', `n${KEY.enter}`); // init asks for the website's guide
    const home = '校务公开档案 · 示例市第二小学';
    const choose = async (n: number) => {
      await t.answer(home, '');
      await t.answer('Ctrl+C 退出', KEY.down.repeat(n) + KEY.enter);
    };
    await choose(0); // 登记一条公开
    await t.answer('公开类别', KEY.up + KEY.enter); // 其他事项
    await t.answer('公开事项（标题）', `寒假安全告家长书${KEY.enter}`);
    await t.answer('公开内容', `寒假期间注意交通、用火用电安全。${KEY.enter}`);
    await t.answer('公开时间', KEY.enter);
    await t.answer('公开形式', KEY.enter);
    await t.answer('公开范围', ' ');
    // The Windows console gets the prompts' ASCII marks: (*) chosen, ( ) not.
    await t.answer('(*) 教职工', KEY.down.repeat(2) + ' '); // and 家长
    await t.answer('(*) 家长', KEY.enter);
    await t.answer('责任人', `王建国${KEY.enter}`);
    await t.answer('经办人', KEY.enter);
    await t.answer('确认写入这条记录？', KEY.enter);
    await t.answer('已登记 20260120-001', '');
    await t.answer('按回车键返回菜单', KEY.enter);
    await choose(3); // 生成学期总结
    await t.answer('按回车键返回菜单', KEY.enter);
    await choose(4); // 导出台账
    await t.answer('按回车键返回菜单', KEY.enter);
    await choose(5); // 核验档案
    await t.answer('核验通过：1 个记录文件', '');
    await t.answer('按回车键返回菜单', KEY.enter);
    await choose(8); // 退出
    await t.answer('再见。', '');
    expect((await t.done()).code).toBe(0);

    expect(readdirSync(folder).sort()).toEqual(['LICENSE-node.txt', 'xwgk-win-x64.exe', 'xwgk-菜单.cmd', '使用说明.txt', '台账.xlsx', '校务公开工作总结-2025-2026-1.docx', '档案', '示例档案']);
    const record = readFileSync(join(folder, '档案', 'records', '2026', '20260120-001.yaml'), 'utf8');
    expect(record).toContain('title: 寒假安全告家长书\n');
    expect(record).toContain('audience: [staff, parents]\n');
  }, 240_000);

  it('backs up by copying the folder, and updates by replacing the executable', () => {
    const backup = join(tempDir(), 'U盘 备份', '档案');
    cpSync(join(folder, '档案'), backup, { recursive: true });
    expect(runWine(prefix, join(folder, 'xwgk-win-x64.exe'), ['--lang', 'zh-CN', '--archive', backup, 'verify'], { cwd: folder })).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('核验通过：1 个记录文件'),
    });
    const fresh = unzipRelease('xwgk-win-x64.zip', tempDir());
    wineRunnable(join(fresh, 'xwgk-win-x64.exe'), join(folder, 'xwgk-win-x64.exe'));
    const r = runWine(prefix, join(folder, 'xwgk-win-x64.exe'), ['--lang', 'zh-CN', '--archive', '档案', 'list', '--format', 'json'], { cwd: folder });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(runWine(prefix, join(folder, 'xwgk-win-x64.exe'), ['--archive', '档案', 'verify'], { cwd: folder }).code).toBe(0);
  }, 120_000);
});
