/**
 * The progress bar of `xwgk site`: drawn on the terminal the Io offers (stderr when it is one), never
 * with `-q` or when there is no terminal (pipes, CI, tests), and never on stdout.
 */
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { tempDir } from '../helpers/archive.js';
import { writeSiteArchive } from '../helpers/site.js';

function fakeTerminal() {
  let drawn = '';
  const stream = Object.assign(
    new Writable({
      write(chunk, _e, done) {
        drawn += String(chunk);
        done();
      },
    }),
    {
      isTTY: true,
      columns: 100,
      rows: 30,
      cursorTo: (_x: number, _y?: unknown, cb?: () => void) => (cb?.(), true),
      moveCursor: (_x: number, _y: number, cb?: () => void) => (cb?.(), true),
      clearLine: (_d: number, cb?: () => void) => (cb?.(), true),
      clearScreenDown: (cb?: () => void) => (cb?.(), true),
    },
  );
  return { stream, drawn: () => stripVTControlCharacters(drawn) };
}

async function site(args: string[], progress?: NodeJS.WritableStream) {
  let stdout = '';
  const code = await run({
    argv: ['--archive', writeSiteArchive(), ...args, 'site', '--out', join(tempDir(), 'site')],
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    stdout: (s) => void (stdout += s),
    stderr: () => undefined,
    interactive: false,
    stdoutColor: false,
    columns: undefined,
    ...(progress ? { progress } : {}),
  });
  return { code, stdout };
}

describe('the progress bar of xwgk site', () => {
  it('counts the files written on the terminal', async () => {
    const t = fakeTerminal();
    const r = await site([], t.stream);
    expect(r.code).toBe(0);
    expect(t.drawn()).toMatch(/生成网站 .* 100% (\d+)\/\1/);
    expect(r.stdout).toBe('');
  }, 30_000);

  it('stays silent with -q and without a terminal', async () => {
    const t = fakeTerminal();
    expect((await site(['-q'], t.stream)).code).toBe(0);
    expect(t.drawn()).toBe('');
    expect((await site([])).code).toBe(0);
  }, 30_000);
});
