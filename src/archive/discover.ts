/**
 * Finding the archive: `--archive DIR`, else `XWGK_ARCHIVE`, else the nearest directory from the
 * current one upward that holds `xwgk.yaml` or `archive/xwgk.yaml`.
 */
import type { Env } from './env.js';
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { usageError } from '../model/errors.js';

export const CONFIG_FILE = 'xwgk.yaml';

export function findArchive(opts: { archive?: string | undefined; env: Env; cwd?: string }): string {
  const { env } = opts;
  const given = opts.archive ?? env.XWGK_ARCHIVE;
  // The working folder was deleted under the shell: only an absolute --archive can still be found.
  if (opts.cwd === '' && !(given && isAbsolute(given))) throw usageError('fs.cwd-gone', {}, { key: 'fs.cwd-gone-hint' });
  if (given) {
    const dir = resolve(opts.cwd ?? process.cwd(), given);
    if (!existsSync(join(dir, CONFIG_FILE))) {
      throw usageError('err.no-archive-at', { dir }, { key: 'hint.init' });
    }
    return dir;
  }
  let dir = resolve(opts.cwd ?? process.cwd());
  for (;;) {
    if (isFile(join(dir, CONFIG_FILE))) return dir;
    if (isFile(join(dir, 'archive', CONFIG_FILE))) return join(dir, 'archive');
    const up = dirname(dir);
    if (up === dir) throw usageError('err.no-archive', { cwd: opts.cwd ?? process.cwd() }, { key: 'hint.init' });
    dir = up;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
