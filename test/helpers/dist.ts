/**
 * Helpers for the tests of the standalone executables (test/dist/, `npm run test:dist` after
 * `npm run dist`): unzip a release as a user would, run the Linux executable with no `node` on PATH,
 * run the Windows one under Wine with files (not pipes) as its standard streams.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { REPO, tempDir } from './archive.js';

export const RELEASE = join(REPO, 'release');
export const VERSION: string = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version;

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A file of release/, which `npm run dist` must have made. */
export function releaseFile(name: string): string {
  const file = join(RELEASE, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run dist\` first`);
  return file;
}

/** Unzips with Debian's `unzip`, as a user would; returns the folder the zip holds. */
export function unzipRelease(zip: string, into: string): string {
  mkdirSync(into, { recursive: true });
  const r = spawnSync('unzip', ['-q', releaseFile(zip), '-d', into], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`unzip ${zip} failed (Debian: apt-get install unzip): ${r.error?.message ?? r.stderr}`);
  return join(into, zip.replace(/\.zip$/, ''));
}

/** An environment with nothing on PATH: no `node` to fall back on. */
export function bareEnv(extra: Record<string, string> = {}): Record<string, string> {
  const empty = tempDir('xwgk-empty-path-');
  return { PATH: empty, HOME: tempDir('xwgk-home-'), LANG: 'zh_CN.UTF-8', NO_COLOR: '1', XWGK_TODAY: '2026-01-20', ...extra };
}

export function runExe(exe: string, args: string[], opts: { cwd: string; env: Record<string, string> }): Ran {
  const r = spawnSync(exe, args, { cwd: opts.cwd, env: opts.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Debian's wine64 (package wine64): the loader for 64-bit Windows programs. */
export const WINE64 = '/usr/lib/wine/wine64';

/** A Wine prefix set to Windows 10 (Node 24 refuses older Windows). */
export function winePrefix(): string {
  if (!existsSync(WINE64)) throw new Error(`${WINE64} is missing (Debian: apt-get install wine64)`);
  const prefix = tempDir('xwgk-wine-');
  const r = spawnSync(WINE64, ['winecfg', '/v', 'win10'], {
    env: { ...process.env, LANG: 'C.UTF-8', WINEPREFIX: prefix, WINEDEBUG: '-all' },
    stdio: 'ignore',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`wine could not set up a prefix in ${prefix}`);
  return prefix;
}

/**
 * A copy of a Windows executable that runs under Debian's Wine 8. V8 (Node 24) reserves address space
 * with VirtualAlloc2 placeholders, which Wine 8 does not provide, and dies with "SegmentedTable::
 * InitializeTable (subspace allocation)". V8 looks the function up by name at run time and, when it is
 * absent (Windows 10 before 1803), takes its own fallback; renaming that one string (Node's, the first)
 * in the copy makes V8 take it. Nothing else in the copy differs from the executable that ships (the test checks that).
 */
export function wineRunnable(exe: string, into: string): string {
  const bytes = readFileSync(exe);
  const name = Buffer.from('VirtualAlloc2\0');
  // Node's own import of it comes first; a later one is inside an embedded asset (the chart renderer's
  // add-on names it too), which is written out unchanged and must stay so.
  const at = bytes.indexOf(name);
  if (at < 0) throw new Error(`expected VirtualAlloc2 in ${exe}`);
  const copy = Buffer.from(bytes);
  copy.write('VirtualAllocX', at, 'latin1');
  writeFileSync(into, copy);
  return into;
}

/**
 * Runs a Windows program under Wine, as on a Chinese Windows (LANG zh_CN; LC_CTYPE UTF-8 so that Wine
 * reads the Unix paths with Chinese in them). Wine cannot give a Unix pipe to Node as stdout (EBADF),
 * so files are used.
 */
export function runWine(prefix: string, exe: string, args: string[], opts: { cwd: string; env?: Record<string, string> }): Ran {
  const dir = tempDir('xwgk-wine-io-');
  const [out, err] = [join(dir, 'out'), join(dir, 'err')];
  const fds = [openSync('/dev/null', 'r'), openSync(out, 'w'), openSync(err, 'w')];
  try {
    const r = spawnSync(WINE64, [exe, ...args], {
      cwd: opts.cwd,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? '/root',
        WINEPREFIX: prefix,
        WINEDEBUG: '-all',
        LANG: 'zh_CN.UTF-8',
        LC_CTYPE: 'C.UTF-8',
        NO_COLOR: '1',
        XWGK_TODAY: '2026-01-20',
        ...opts.env,
      },
      stdio: fds,
      timeout: 120_000,
    });
    if (r.error) throw r.error;
    return { code: r.status, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** The images inside a Word file (the summary's charts are PNGs under word/media/), and its body text. */
export function docxParts(file: string): { images: string[]; body: string } {
  const parts = unzipSync(readFileSync(file));
  return {
    images: Object.keys(parts).filter((k) => k.startsWith('word/media/') && k.endsWith('.png')),
    body: Buffer.from(parts['word/document.xml'] ?? new Uint8Array()).toString('utf8'),
  };
}
