/** At a terminal, `xwgk init` asks for the website's disclosure guide and writes it as `public:`; `xwgk site` then shows it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { setPromptStreams } from '../../src/commands/prompter.js';
import { cli, tempDir } from '../helpers/archive.js';
import { KEY, runInteractive } from '../helpers/pty.js';

afterEach(() => setPromptStreams(undefined));

it('asks for office, address, hours, phone, e-mail and parents, and the guide shows them', async () => {
  const root = join(tempDir(), '档案');
  const r = await runInteractive(['init', root, '--school', '测试小学', '--lang', 'zh-CN'], async (t) => {
    await t.answer('信息公开指南”的联系方式吗', KEY.enter);
    await t.answer('信息公开工作机构', `学校办公室${KEY.enter}`);
    await t.answer('办公地址', `测试市学府路 1 号${KEY.enter}`);
    await t.answer('办公时间', KEY.enter);
    await t.answer('联系电话', `0000-7654321${KEY.enter}`);
    await t.answer('电子邮箱', `xxgk@test.edu.cn${KEY.enter}`);
    await t.answer('面向家长的公开事项也放到网站上吗', `y${KEY.enter}`);
  });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('测试小学');
  const settings = readFileSync(join(root, 'xwgk.yaml'), 'utf8');
  expect(settings).toContain(
    'public:\n  office: 学校办公室\n  address: 测试市学府路 1 号\n  phone: 0000-7654321\n  email: xxgk@test.edu.cn\n  audiences: [public, parents]\n',
  );
  const out = join(tempDir(), 'site');
  expect((await cli(['--archive', root, 'site', '--out', out])).code).toBe(0);
  const guide = readFileSync(join(out, 'guide.html'), 'utf8');
  expect(guide).toContain('<dt>办公地址</dt><dd>测试市学府路 1 号</dd>');
  expect(guide).not.toContain('办公时间');
});
