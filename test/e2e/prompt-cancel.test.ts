/**
 * Ctrl-C and end of input at a prompt, through a real pseudo-terminal (util-linux `script`, which
 * `.ci/run` installs): "已取消，未写入任何内容", exit 130, no file written — not an internal error.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, writeArchive } from '../helpers/archive.js';

/** Runs the built CLI in a pseudo-terminal; once `prompt` shows, types `keys`. */
function inTerminal(args: string[], prompt: string, keys: string): Promise<{ code: number | null; screen: string }> {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    // No CI variable: the CLI prompts only in a terminal outside CI.
    const child = spawn('script', ['-qefc', command, '/dev/null'], { env: { PATH: process.env.PATH ?? '', TERM: 'xterm', NO_COLOR: '1' } });
    let screen = '',
      typed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no exit; the screen shows:\n${screen}`));
    }, 15000);
    child.on('error', (e) => reject(new Error(`cannot run script(1) from util-linux (bsdutils): ${e.message}`)));
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString('utf8');
      if (!typed && screen.includes(prompt)) {
        typed = true;
        child.stdin.write(keys);
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen });
    });
  });
}

describe('cancelling a prompt', () => {
  it.each([
    ['Ctrl-C', 'zh-CN', '公开事项', '\x03', '已取消，未写入任何内容'],
    ['Ctrl-D (end of input)', 'zh-CN', '公开事项', '\x04', '已取消，未写入任何内容'],
    ['Ctrl-C', 'en', 'Title', '\x03', 'Cancelled; nothing was written'],
  ])('%s in %s exits 130 and writes nothing', async (_name, lang, prompt, keys, said) => {
    const root = writeArchive();
    const r = await inTerminal(['--archive', root, '--lang', lang, 'add', '--category', 'other'], prompt, keys);
    expect(r.code).toBe(130);
    expect(r.screen).toContain(said);
    expect(r.screen).not.toMatch(/内部错误|internal error/i);
    expect(readdirSync(join(root, 'records'))).toEqual([]);
  });
});
