/**
 * `xwgk menu` as a clerk meets it: the built CLI in a real pseudo-terminal, a folder with no archive
 * yet. The clerk creates the archive, logs a disclosure through the menu's 登记 (the add prompts),
 * writes the term summary and the register, verifies, and quits; the files are checked on disk.
 * Without a terminal the menu is exit 2 with a hint.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, tempDir } from '../helpers/archive.js';
import { KEY, ptySession } from '../helpers/pty.js';

const ENV = { XWGK_TODAY: '2025-11-20', LANG: 'zh_CN.UTF-8', COLUMNS: '120', XWGK_NOW: '2025-11-20T09:00:00+08:00' };

/** Moves the menu cursor from the first item to the n-th (0-based) and picks it. */
const pick = (n: number) => KEY.down.repeat(n) + KEY.enter;

describe('xwgk menu in a terminal', () => {
  it('creates the archive, logs a record, writes the summary and the register, verifies, and quits', async () => {
    const dir = tempDir();
    const t = ptySession([process.execPath, BIN, 'menu'], { cwd: dir, env: ENV, timeoutMs: 60_000 });
    await t.answer('还没有档案', '');
    await t.answer('要做什么？', pick(0)); // 建立本校档案
    await t.answer('学校名称', `测试小学${KEY.enter}`);
    await t.answer('信息公开指南', `n${KEY.enter}`); // init asks for the website's guide; later, in xwgk.yaml
    await t.answer('校务公开档案 · 测试小学', '');
    await t.answer('要做什么？', pick(0)); // 登记一条公开
    await t.answer('公开类别', KEY.up + KEY.enter); // the list wraps: up from the first is the last, 其他事项
    await t.answer('公开事项（标题）', `校园开放日通知${KEY.enter}`);
    await t.answer('公开内容', `11月18日举行校园开放日。${KEY.enter}`);
    await t.answer('公开时间', KEY.enter); // today, from XWGK_TODAY
    await t.answer('公开形式', KEY.enter); // 校务公开栏 comes pre-selected
    await t.answer('公开范围', ' '); // none pre-selected for this category: take the first, 教职工
    await t.answer('◉ 教职工', KEY.enter);
    await t.answer('责任人', `王建国${KEY.enter}`);
    await t.answer('经办人', KEY.enter);
    await t.answer('确认写入这条记录？', KEY.enter);
    await t.answer('已登记 20251120-001', '');
    await t.answer('按回车键返回菜单', KEY.enter);
    await t.answer('要做什么？', pick(3)); // 生成学期总结
    await t.answer('按回车键返回菜单', KEY.enter);
    await t.answer('要做什么？', pick(4)); // 导出台账
    await t.answer('按回车键返回菜单', KEY.enter);
    await t.answer('要做什么？', pick(5)); // 核验档案
    await t.answer('核验通过：1 个记录文件', '');
    await t.answer('按回车键返回菜单', KEY.enter);
    await t.answer('要做什么？', pick(8)); // 退出
    const { code, screen } = await t.done();
    expect(code).toBe(0);
    for (const item of [
      '登记一条公开',
      '本学期情况',
      '检查档案',
      '生成学期总结（Word）',
      '导出台账（Excel）',
      '核验档案',
      '依申请公开（登记、答复申请）',
      '生成上一年度信息公开工作年度报告（Word）',
      '退出',
      '再见。',
    ])
      expect(screen).toContain(item);
    const record = readFileSync(join(dir, '档案', 'records', '2025', '20251120-001.yaml'), 'utf8');
    expect(record).toContain('title: 校园开放日通知\n');
    expect(record).toContain('responsible: 王建国\n');
    const beside = readdirSync(dir).sort();
    expect(beside).toEqual(['台账.xlsx', '校务公开工作总结-2025-2026-1.docx', '档案']);
    // Both documents are real zip containers (docx, xlsx), not empty files.
    for (const f of ['台账.xlsx', '校务公开工作总结-2025-2026-1.docx'])
      expect(readFileSync(join(dir, f)).subarray(0, 2).toString()).toBe('PK');
  }, 90_000);

  it('logs a request for information, answers it from the list of open ones, and writes the annual report', async () => {
    const dir = tempDir();
    expect((await cli(['--lang', 'zh-CN', 'init', join(dir, '档案'), '--school', '测试小学'], { cwd: dir, env: ENV })).code).toBe(0);
    const t = ptySession([process.execPath, BIN, 'menu'], { cwd: dir, env: ENV, timeoutMs: 60_000 });
    await t.answer('校务公开档案 · 测试小学', '');
    await t.answer('要做什么？', pick(6)); // 依申请公开
    await t.answer('依申请公开：要做什么？', pick(1)); // 答复一件申请, with none logged yet
    await t.answer('没有尚未答复的申请。', '');
    await t.answer('校务公开档案 · 测试小学', '');
    await t.answer('要做什么？', pick(6));
    await t.answer('依申请公开：要做什么？', pick(0)); // 登记一件收到的信息公开申请
    await t.answer('收到日期', KEY.enter); // today
    await t.answer('申请渠道', KEY.enter);
    await t.answer('申请人类型', KEY.enter); // 自然人
    await t.answer('申请公开的内容', `申请公开2025年秋季学期午餐收费标准及依据${KEY.enter}`);
    await t.answer('确认登记这件申请？', KEY.enter);
    await t.answer('已登记申请 R20251120-001', '');
    await t.answer('按回车键返回菜单', KEY.enter);
    await t.answer('要做什么？', pick(6));
    await t.answer('依申请公开：要做什么？', pick(1)); // 答复一件申请
    await t.answer('R20251120-001  2025-11-20  申请公开2025年秋季学期午餐收费标准及依据', KEY.enter);
    await t.answer('办理结果', KEY.enter); // 予以公开
    await t.answer('答复说明', `已当面提供收费文件复印件${KEY.enter}`);
    await t.answer('已登记 R20251120-001 的答复', '');
    await t.answer('按回车键返回菜单', KEY.enter);
    await t.answer('要做什么？', pick(6));
    await t.answer('依申请公开：要做什么？', pick(2)); // 查看申请登记簿
    await t.answer('按回车键返回菜单', KEY.enter);
    await t.answer('要做什么？', pick(7)); // 生成上一年度信息公开工作年度报告
    await t.answer('按回车键返回菜单', KEY.enter);
    await t.answer('要做什么？', KEY.up + KEY.enter); // 退出, the last item
    const { code, screen } = await t.done();
    expect(code).toBe(0);
    for (const item of ['登记一件收到的信息公开申请', '答复一件申请', '查看申请登记簿', '返回菜单', '再见。'])
      expect(screen).toContain(item);
    const request = readFileSync(join(dir, '档案', 'requests', '2025', 'R20251120-001.yaml'), 'utf8');
    expect(request).toContain('asked: 申请公开2025年秋季学期午餐收费标准及依据\n');
    expect(request).toMatch(/answer:\n {2}outcome: disclosed\n {2}on: "?2025-11-20"?\n {2}note: 已当面提供收费文件复印件\n/);
    expect(readdirSync(dir).sort()).toEqual(['信息公开工作年度报告-2024.docx', '档案']);
    expect(readFileSync(join(dir, '信息公开工作年度报告-2024.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 90_000);

  it('leaves with exit 130 on Ctrl+C at the home screen, writing nothing', async () => {
    const dir = tempDir();
    const t = ptySession([process.execPath, BIN, 'menu'], { cwd: dir, env: ENV });
    await t.answer('还没有档案', '');
    await t.answer('要做什么？', KEY.ctrlC);
    const { code } = await t.done();
    expect(code).toBe(130);
    expect(existsSync(join(dir, '档案'))).toBe(false);
  }, 30_000);
});

describe('xwgk menu without a terminal', () => {
  it('is exit 2 with what to do instead', async () => {
    const r = await cli(['--lang', 'zh-CN', 'menu'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '错误：xwgk menu 要在终端（命令提示符窗口）里运行，这里没有终端\n提示：双击 xwgk-菜单.cmd 打开菜单；脚本里请直接运行各个命令，如 xwgk add --yes …、xwgk status\n',
    );
  });
});
