/** At a terminal, `xwgk init` asks for the website's disclosure guide and writes it as `public:`; `xwgk site` then shows it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { setPromptStreams } from '../../src/commands/prompter.js';
import { cli, tempDir } from '../helpers/archive.js';

afterEach(() => setPromptStreams(undefined));

it('asks for office, address, hours, phone, e-mail and parents, and the guide shows them', async () => {
  const root = join(tempDir(), '档案');
  let screen = '';
  let input = new PassThrough();
  const fresh = () => (input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} }));
  const output = () => new Writable({ write: (chunk, _e, done) => void ((screen += stripVTControlCharacters(String(chunk))), done()) });
  setPromptStreams({ input: fresh, output });
  let seen = 0;
  const answer = async (text: string, keys: string) => {
    for (let i = 0; i < 500 && screen.indexOf(text, seen) < 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(screen.slice(seen)).toContain(text);
    seen = screen.indexOf(text, seen) + text.length;
    input.write(keys);
  };
  let stdout = '';
  const done = run({ argv: ['init', root, '--school', '测试小学', '--lang', 'zh-CN'], env: { NO_COLOR: '1' }, cwd: process.cwd(), stdout: (s) => void (stdout += s), stderr: () => {}, interactive: true, stdoutColor: false, columns: 100 });
  await answer('信息公开指南”的联系方式吗', '\r');
  await answer('信息公开工作机构', '学校办公室\r');
  await answer('办公地址', '测试市学府路 1 号\r');
  await answer('办公时间', '\r');
  await answer('联系电话', '0000-7654321\r');
  await answer('电子邮箱', 'xxgk@test.edu.cn\r');
  await answer('面向家长的公开事项也放到网站上吗', 'y\r');
  expect(await done).toBe(0);
  expect(stdout).toContain('测试小学');
  const settings = readFileSync(join(root, 'xwgk.yaml'), 'utf8');
  expect(settings).toContain('public:\n  office: 学校办公室\n  address: 测试市学府路 1 号\n  phone: 0000-7654321\n  email: xxgk@test.edu.cn\n  audiences: [public, parents]\n');
  const out = join(tempDir(), 'site');
  expect((await cli(['--archive', root, 'site', '--out', out])).code).toBe(0);
  const guide = readFileSync(join(out, 'guide.html'), 'utf8');
  expect(guide).toContain('<dt>办公地址</dt><dd>测试市学府路 1 号</dd>');
  expect(guide).not.toContain('办公时间');
});
