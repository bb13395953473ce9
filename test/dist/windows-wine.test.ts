/**
 * The Windows executable under Debian's Wine, as a clerk's PC would run it: unzipped into a folder
 * whose path has a space and Chinese, Chinese arguments and Chinese output read back, the smoke path,
 * a record re-saved by Notepad (BOM, CRLF) and accepted, the double-click menu script, and a record
 * held open by another program (WPS, antivirus): the write is retried, then exit 3 with nothing written
 * — or it succeeds once the file is let go. Needs `npm run dist` first (`npm run test:dist` does both).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/archive.js';
import { docxParts, releaseFile, runWine, unzipRelease, VERSION, WINE64, winePrefix, wineRunnable } from '../helpers/dist.js';
import { nodeBinary } from '../../scripts/fetch-node.mjs';

let prefix: string;
let folder: string;
let exe: string;
const archiveName = '校务 档案';

beforeAll(() => {
  prefix = winePrefix();
  folder = unzipRelease('xwgk-win-x64.zip', join(tempDir(), '实验 小学'));
  exe = wineRunnable(join(folder, 'xwgk-win-x64.exe'), join(folder, 'xwgk-wine.exe'));
});

const x = (args: string[], cwd = folder) => runWine(prefix, exe, ['--lang', 'zh-CN', ...args], { cwd });
const inArchive = (args: string[]) => x(['--archive', archiveName, ...args]);

describe('the Windows zip', () => {
  it('holds the executable, the menu script, 使用说明.txt for Notepad and the sample archive', () => {
    expect(readdirSync(folder).filter((f) => f !== 'xwgk-wine.exe').sort()).toEqual(['LICENSE-node.txt', 'xwgk-win-x64.exe', 'xwgk-菜单.cmd', '使用说明.txt', '示例档案']);
    const guide = readFileSync(join(folder, '使用说明.txt'));
    expect(guide.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(guide.toString('utf8')).toContain('双击 xwgk-菜单.cmd');
    expect(guide.toString('utf8').split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
    const cmd = readFileSync(join(folder, 'xwgk-菜单.cmd'), 'latin1');
    expect(cmd).toMatch(/^[\x00-\x7f]*$/); // cmd.exe reads it in the OEM code page: ASCII only
    expect(cmd).toContain('"%~dp0xwgk-win-x64.exe" menu\r\n');
  });

  it('differs from the Wine copy only in the one name V8 looks up', () => {
    const [a, b] = [readFileSync(releaseFile('xwgk-win-x64.exe')), readFileSync(exe)];
    const at = a.indexOf('VirtualAlloc2\0', 0, 'latin1');
    expect(b.length).toBe(a.length);
    expect(b.subarray(at, at + 13).toString('latin1')).toBe('VirtualAllocX');
    expect(b.subarray(0, at).equals(a.subarray(0, at))).toBe(true);
    expect(b.subarray(at + 13).equals(a.subarray(at + 13))).toBe(true);
  });
});

describe('the smoke path on the Windows executable', () => {
  it('answers with Chinese output, Chinese arguments and a path with spaces and Chinese', () => {
    expect(x(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(x(['init', archiveName, '--school', '示例市实验小学'])).toMatchObject({ code: 0, stdout: `已在 ${archiveName} 建立“示例市实验小学”的校务公开档案。下一步：xwgk add\n` });
    const add = inArchive(['add', '--yes', '--category', '财务收支', '--title', '2025年12月财务收支公开', '--content', '收入186,400元；支出42,310元。',
      '--time', '2026-01-10', '--form', '校务公开栏', '--responsible', '王建国', '--review-by', '领导小组', '--review-on', '2026-01-08',
      '--supervision-by', '监督小组', '--supervision-on', '2026-01-08']);
    expect(add).toMatchObject({ code: 0, stdout: '已登记 20260110-001（records/2026/20260110-001.yaml）\n' });
    expect(inArchive(['list']).stdout).toContain('│ 20260110-001 │ 2026-01-10 │ 财务收支');
    expect(inArchive(['check']).code).toBe(1);
    expect(inArchive(['status'])).toMatchObject({ code: 0, stdout: expect.stringContaining('示例市实验小学 · 2025—2026学年第一学期') });
    expect(inArchive(['summary', '--format', 'docx', '--out', '学期 总结.docx'])).toMatchObject({ code: 0, stderr: '已写入 学期 总结.docx\n' });
    expect(readFileSync(join(folder, '学期 总结.docx')).subarray(0, 2).toString()).toBe('PK');
    const docx = docxParts(join(folder, '学期 总结.docx'));
    expect(docx.images.length).toBeGreaterThan(0);
    expect(docx.body).not.toContain('summary --format html');
    expect(inArchive(['verify'])).toMatchObject({ code: 0, stdout: expect.stringContaining('核验通过：1 个记录文件') });
  });

  it('reads a record that Notepad saved (BOM, CRLF) and accepts the hand edit', () => {
    const file = join(folder, archiveName, 'records', '2026', '20260110-001.yaml');
    const edited = readFileSync(file, 'utf8').replace('title: 2025年12月财务收支公开', 'title: 2025年12月财务收支情况公开');
    writeFileSync(file, `\ufeff${edited.replace(/\n/g, '\r\n')}`);
    expect(inArchive(['verify']).code).toBe(1); // changed outside the tool
    expect(inArchive(['check', 'schema']).code).toBe(0);
    expect(inArchive(['show', '20260110-001', '--format', 'json']).stdout).toContain('"title": "2025年12月财务收支情况公开"');
    expect(inArchive(['amend', '20260110-001', '--reason', '在记事本里改了标题'])).toMatchObject({ code: 0 });
    expect(inArchive(['verify'])).toMatchObject({ code: 0 });
  });

  it('runs the menu from xwgk-菜单.cmd, from any current folder; without a console the menu says so (exit 2)', () => {
    // The script beside a runnable copy under the shipped name, since it starts "%~dp0xwgk-win-x64.exe".
    const dir = join(tempDir(), '双击 测试');
    mkdirSync(dir);
    copyFileSync(join(folder, 'xwgk-菜单.cmd'), join(dir, 'xwgk-菜单.cmd'));
    copyFileSync(exe, join(dir, 'xwgk-win-x64.exe'));
    const r = runWine(prefix, 'cmd', ['/c', `Z:${join(dir, 'xwgk-菜单.cmd').replaceAll('/', '\\')}`], { cwd: tempDir() });
    expect(r.stderr).toContain('错误：xwgk menu 要在终端（命令提示符窗口）里运行，这里没有终端\n');
    expect(r.stdout + r.stderr).not.toContain('SegmentedTable');
  });
});

describe('a record held open by another program', () => {
  const holders: ChildProcess[] = [];
  afterAll(() => holders.forEach((c) => c.kill()));

  /** Opens `file` as WPS does: no sharing (Node's UV_FS_O_EXLOCK), for `ms`, in Node 24 for Windows under the same Wine. */
  function hold(file: string, ms: number): Promise<ChildProcess> {
    const node = wineRunnable(nodeBinary('win'), join(tempDir(), 'node.exe'));
    const code = `const fs=require('fs');const fd=fs.openSync(process.argv[1],fs.constants.O_RDWR|fs.constants.UV_FS_O_EXLOCK);fs.writeFileSync(process.argv[2],'held');setTimeout(()=>fs.closeSync(fd),${ms})`;
    const flag = join(tempDir(), 'held');
    const child = spawn(WINE64, [node, '-e', code, file, flag], { env: { ...process.env, LANG: 'C.UTF-8', WINEPREFIX: prefix, WINEDEBUG: '-all' }, stdio: 'ignore' });
    holders.push(child);
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        try {
          readFileSync(flag);
          clearInterval(poll);
          resolve(child);
        } catch {
          if (Date.now() - started > 60_000) reject(new Error('the holding program never opened the file'));
        }
      }, 50);
      child.on('exit', () => clearInterval(poll));
    });
  }

  it('is retried, then reported as busy (exit 3) with nothing written', async () => {
    const file = join(folder, archiveName, 'records', '2026', '20260110-001.yaml');
    const journal = join(folder, archiveName, 'journal.jsonl');
    const [before, lines] = [readFileSync(file), readFileSync(journal, 'utf8')];
    const holder = await hold(file, 30_000);
    const started = Date.now();
    const r = inArchive(['amend', '20260110-001', '--set', 'handler=李老师', '--reason', '补经办人']);
    expect(r.code).toBe(3);
    expect(Date.now() - started).toBeGreaterThan(4000); // it waited before giving up
    expect(r.stderr).toMatch(/^错误：文件 .*20260110-001\.yaml 正被其他程序占用\n提示：关闭正在打开该文件的程序（如 WPS、杀毒软件）后重试\n$/);
    expect(readFileSync(file)).toEqual(before);
    expect(readFileSync(journal, 'utf8')).toBe(lines);
    holder.kill();
    await new Promise((r) => holder.once('exit', r));
  });

  it('succeeds when the other program lets go while it retries', async () => {
    const file = join(folder, archiveName, 'records', '2026', '20260110-001.yaml');
    await hold(file, 1500);
    const r = inArchive(['amend', '20260110-001', '--set', 'handler=李老师', '--reason', '补经办人']);
    expect(r).toMatchObject({ code: 0 });
    expect(readFileSync(file, 'utf8')).toContain('handler: 李老师');
    expect(inArchive(['verify'])).toMatchObject({ code: 0 });
  });
});
