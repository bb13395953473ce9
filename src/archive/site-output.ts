/**
 * Writing a generated site to its folder. The folder must lie outside the archive (and must not hold
 * it): the site is never written into the archive's own files. An existing folder is replaced only
 * when it is empty or a site written before (it has our manifest.json), so a mistyped `--out` cannot
 * wipe someone's documents. The new site is written beside it in a temporary folder and swapped in by
 * two renames: a crash leaves the old site or the new one, plus a `.tmp` folder to delete, never a mix.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
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

/** How many files are written at once: enough to keep a busy disk's queue full. */
const PARALLEL_WRITES = 32;

/** Writes `files` (and what `more` writes) as the whole content of `out`, checked by `checkSiteOutput` first; `progress` is told of each file. */
export async function writeSiteOutput(out: string, files: readonly OutputFile[], progress?: (done: number) => void, more?: (dir: string) => Promise<void>): Promise<void> {
  const dir = resolve(out);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(dirname(dir), `.${basename(dir)}.${tag}.tmp`);
  try {
    mkdirSync(tmp, { recursive: true });
    for (const d of new Set(files.map((f) => dirname(join(tmp, ...f.path.split('/')))))) mkdirSync(d, { recursive: true });
    let next = 0, done = 0;
    const worker = async () => {
      while (next < files.length) {
        const f = files[next++]!;
        await writeFile(join(tmp, ...f.path.split('/')), f.content, { flag: 'wx' });
        progress?.(++done);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
    // What another writer puts into the new folder before it is swapped in (the search index).
    if (more) await more(tmp);
    if (existsSync(dir)) {
      const old = join(dirname(dir), `.${basename(dir)}.${tag}.old.tmp`);
      renameSync(dir, old);
      renameSync(tmp, dir);
      rmSync(old, { recursive: true, force: true });
    } else renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** An earlier site's manifest as JSON (`--since`); a file that is not JSON is a usage error naming it. */
export function readSiteManifestJson(path: string, shown: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw usageError('err.site-manifest', { file: shown, detail: e instanceof Error ? e.message : String(e) }, { key: 'hint.site-manifest' });
  }
}
