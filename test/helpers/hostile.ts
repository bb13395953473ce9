/**
 * Helpers of the hostile-test suite: a small tmpfs to fill (a nearly full disk), a read-only bind mount
 * of one file, and running the CLI as the unprivileged user `nobody`. They need root (the CI machine
 * runs as root); where that is missing they throw a clear error — a hostile test never skips.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, fstatSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, type CliResult } from './archive.js';

function must(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`hostile tests need root: \`${cmd} ${args.join(' ')}\` failed: ${r.stderr || r.error}`);
}

/** A fresh tmpfs of `kb` KiB; returns its path and an unmount function. */
export function smallDisk(kb: number): { dir: string; unmount: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'xwgk-tmpfs-'));
  must('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=0777`, 'tmpfs', dir]);
  return { dir, unmount: () => spawnSync('umount', ['-l', dir]) };
}

/** Fills the disk holding `dir` with a filler file, then frees `leave` bytes of it (page-rounded by tmpfs). */
export function fillDisk(dir: string, leave: number): void {
  const fd = openSync(join(dir, 'filler.bin'), 'w');
  const chunk = Buffer.alloc(4096, 0x61);
  try {
    for (;;) {
      try {
        if (writeSync(fd, chunk) < chunk.length) break;
      } catch {
        break;
      }
    }
    const size = fstatSync(fd).size;
    ftruncateSync(fd, Math.max(0, Math.floor(size / 4096) * 4096 - leave));
  } finally {
    closeSync(fd);
  }
}

/** Makes one file read-only by a read-only bind mount over it (root ignores permissions, not EROFS). */
export function bindReadOnly(file: string): () => void {
  must('mount', ['--bind', file, file]);
  must('mount', ['-o', 'remount,ro,bind', file]);
  return () => spawnSync('umount', [file]);
}

/** Runs the built CLI as `nobody` (permissions then apply), with `dirs` opened for it. */
export function spawnAsNobody(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, ...args], {
    cwd: opts.cwd ?? tmpdir(),
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', XWGK_LANG: 'en', ...opts.env },
    encoding: 'utf8',
  });
  if (r.error) throw new Error(`hostile tests need setpriv to run as nobody: ${r.error}`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Opens a tree to everyone (so `nobody` can read it) — the archive's own modes then decide the test. */
export function openToAll(...paths: string[]): void {
  for (const p of paths) chmodSync(p, 0o777);
}
