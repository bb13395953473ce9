/**
 * Ctrl-C and end of input at a prompt, through a real pseudo-terminal (util-linux `script`, which
 * `.ci/run` installs): "已取消，未写入任何内容", exit 130, no file written — not an internal error.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, writeArchive } from '../helpers/archive.js';
import { KEY, ptySession } from '../helpers/pty.js';

describe('cancelling a prompt', () => {
  it.each([
    ['Ctrl-C', 'zh-CN', '公开事项', KEY.ctrlC, '已取消，未写入任何内容'],
    ['Ctrl-D (end of input)', 'zh-CN', '公开事项', KEY.ctrlD, '已取消，未写入任何内容'],
    ['Ctrl-C', 'en', 'Title', KEY.ctrlC, 'Cancelled; nothing was written'],
  ])('%s in %s exits 130 and writes nothing', async (_name, lang, prompt, keys, said) => {
    const root = writeArchive();
    const t = ptySession([process.execPath, BIN, '--archive', root, '--lang', lang, 'add', '--category', 'other'], { cwd: root });
    await t.answer(prompt, keys);
    const r = await t.done();
    expect(r.code).toBe(130);
    expect(r.screen).toContain(said);
    expect(r.screen).not.toMatch(/内部错误|internal error/i);
    expect(readdirSync(join(root, 'records'))).toEqual([]);
  });
});
