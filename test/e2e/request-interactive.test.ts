/**
 * Drives the real prompts of `xwgk request add` and `request answer` through streams, as a clerk at a
 * terminal would: a wrong date refused and asked again, the register's words chosen from lists, the
 * request shown before it is written, the reason asked for when the outcome needs one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setPromptStreams } from '../../src/commands/prompter.js';
import { KEY, runInteractive } from '../helpers/pty.js';
import { writeArchive } from '../helpers/archive.js';

afterEach(() => setPromptStreams(undefined));

describe('interactive request add and answer', () => {
  it('asks for what is missing, re-asks a date after today, shows the request and writes it on confirmation', async () => {
    const root = writeArchive();
    const r = await runInteractive(['--archive', root, '--lang', 'zh-CN', 'request', 'add', '--today', '2025-03-10'], async (t) => {
      await t.answer('收到日期', `${KEY.backspace.repeat(10)}2025-03-11${KEY.enter}`);
      await t.answer('晚于今天', `${KEY.backspace.repeat(10)}2025年3月7日${KEY.enter}`);
      await t.answer('申请渠道', `${KEY.down}${KEY.down}${KEY.enter}`); // 当面, 邮寄, 网络
      await t.answer('申请人类型', `${KEY.down}${KEY.enter}`); // 自然人, 商业企业
      await t.answer('申请公开的内容', `申请公开2024年校服采购的中标价格${KEY.enter}`);
      await t.answer('确认登记这件申请？', KEY.enter);
    });
    expect(r).toMatchObject({
      code: 0,
      stdout: '已登记申请 R20250307-001（requests/2025/R20250307-001.yaml），应于 2025-04-04 前答复（20 个工作日）\n',
    });
    expect(r.stderr).toContain('channel: online\napplicant: business');
    expect(readFileSync(join(root, 'requests/2025/R20250307-001.yaml'), 'utf8')).toContain(
      'received: 2025-03-07\nchannel: online\napplicant: business\nasked: 申请公开2024年校服采购的中标价格\n',
    );
  });

  it("asks for the reason an outcome needs, from that outcome's list", async () => {
    const root = writeArchive({
      'requests/2025/R20250307-001.yaml': 'id: R20250307-001\nreceived: 2025-03-07\nchannel: online\napplicant: person\nasked: x\n',
    });
    const r = await runInteractive(
      ['--archive', root, '--lang', 'en', 'request', 'answer', 'R20250307-001', '--today', '2025-03-20'],
      async (t) => {
        await t.answer('Outcome', `${KEY.down}${KEY.down}${KEY.down}${KEY.enter}`); // disclosed, partial, withheld, unavailable
        await t.answer('Reason', `${KEY.down}${KEY.enter}`); // not-held, needs-making
        await t.answer('Note on the answer', `No such statistics are kept${KEY.enter}`);
      },
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, 'requests/2025/R20250307-001.yaml'), 'utf8')).toContain(
      'answer:\n  outcome: unavailable\n  reason: needs-making\n  on: 2025-03-20\n  note: No such statistics are kept\n',
    );
  });
});
