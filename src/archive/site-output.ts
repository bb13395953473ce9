/**
 * Writing a generated site to its folder. The folder must lie outside the archive (and must not hold
 * it): the site is never written into the archive's own files. An existing folder is replaced only
 * when it is empty or a site written before (it has our manifest.json), so a mistyped `--out` cannot
 * wipe someone's documents. The new site is written beside it in a temporary folder and swapped in by
 * two renames: a crash leaves the old site or the new one, plus a `.tmp` folder to delete, never a mix.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { EXIT, usageError, XwgkError } from '../model/errors.js';
import { escapes } from './attachments.js';

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function realish(p: string): string {
  let rest = '';
  let at = p;
  while (!existsSync(at)) {
    rest = rest ? join(basename(at), rest) : basename(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  return rest ? join(realpathSync(at), rest) : realpathSync(at);
}

/** Refuses an output folder inside the archive, holding it, a link, or someone else's non-empty folder. */
export function checkSiteOutput(archiveRoot: string, out: string, manifestFormat: string): void {
  const dir = resolve(out);
  const root = realpathSync(archiveRoot);
  const real = realish(dir);
  const inside = !escapes(relative(root, real));
  const holds = !escapes(relative(real, root));
  if (inside || holds) throw new XwgkError(EXIT.usage, { key: 'err.site-out-inside', params: { dir: out, archive: archiveRoot } }, { key: 'hint.site-out-inside' });
  if (!existsSync(dir)) return;
  if (lstatSync(dir).isSymbolicLink()) throw new XwgkError(EXIT.usage, { key: 'err.site-out-link', params: { dir: out } });
  const notSite = () => new XwgkError(EXIT.usage, { key: 'err.site-out-not-site', params: { dir: out } }, { key: 'hint.site-out-not-site' });
  if (!lstatSync(dir).isDirectory()) throw notSite();
  if (readdirSync(dir).length === 0) return;
  let format: unknown;
  try {
    format = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { format?: unknown }).format;
  } catch {
    format = undefined;
  }
  if (format !== manifestFormat) throw notSite();
}

/** How many files are written between two turns of the event loop. */
const WRITE_BATCH = 100;

/** A site being written: a temporary folder beside `out` that becomes `out` on `commit`. */
export interface SiteStaging {
  /** The temporary folder; another writer (the search index) may write into it meanwhile. */
  readonly dir: string;
  /** Writes `files` into the folder; `progress` is told of each file. */
  write(files: readonly OutputFile[], progress?: (done: number) => void): Promise<void>;
  /** Swaps the folder in as `out` (an earlier site is removed). */
  commit(): void;
  /** Removes the folder (on an error): `out` stays as it was. */
  abort(): void;
}

/**
 * Opens the temporary folder of a site for `out` (checked by `checkSiteOutput` first). Opened before
 * the pages are rendered, so the search index is written into it while this process renders.
 */
export function openSiteOutput(out: string): SiteStaging {
  const dir = resolve(out);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(dirname(dir), `.${basename(dir)}.${tag}.tmp`);
  mkdirSync(tmp, { recursive: true });
  return {
    dir: tmp,
    async write(files, progress) {
      for (const d of new Set(files.map((f) => dirname(join(tmp, ...f.path.split('/')))))) mkdirSync(d, { recursive: true });
      for (let i = 0; i < files.length; i++) {
        const f = files[i]!;
        writeFileSync(join(tmp, ...f.path.split('/')), f.content, { flag: 'wx' });
        // Now and then the event loop runs: the progress bar redraws, pagefind's answer keeps flowing in.
        if (i % WRITE_BATCH === WRITE_BATCH - 1) {
          progress?.(i + 1);
          await new Promise((r) => setImmediate(r));
        }
      }
      progress?.(files.length);
    },
    commit() {
      if (existsSync(dir)) {
        const old = join(dirname(dir), `.${basename(dir)}.${tag}.old.tmp`);
        renameSync(dir, old);
        renameSync(tmp, dir);
        rmSync(old, { recursive: true, force: true });
      } else renameSync(tmp, dir);
    },
    abort() {
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** An earlier site's manifest as JSON (`--since`); a file that is not JSON is a usage error naming it. */
export function readSiteManifestJson(path: string, shown: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw usageError('err.site-manifest', { file: shown, detail: e instanceof Error ? e.message : String(e) }, { key: 'hint.site-manifest' });
  }
}
