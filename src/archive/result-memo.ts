/**
 * The result memo: what a read-only command concluded (the findings of `check`, a report), kept in
 * `.xwgk-cache/` and given back only for exactly the same archive and question.
 *
 * The key is a SHA-256 over everything the result can depend on in the archive, read now: the build,
 * `xwgk.yaml` and the default catalog, the list of record files with every problem met while
 * listing them (links, pipes), the SHA-256 of every record file's bytes, of the journal and of every
 * file under `requests/` and `schema/` — and the question itself (checks, period, today). Attachments
 * are looked up by the records, so an entry also lists each attachment path it looked at with what
 * was found there (inside or not, a regular file or not, its SHA-256); an entry is used only when each
 * of them is found the same again. Nothing is judged by size or modification time: a same-size,
 * same-mtime edit changes a hash and so the key. Entries are authenticated like every cache file
 * (`cache-store.ts`); a failing or stale one is ignored and the command does the work.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID } from '../model/build-info.js';
import type { Finding } from '../model/finding.js';
import { attachmentInspector } from './attachments.js';
import { readGuarded } from './fs-guard.js';
import { CacheStore } from './cache-store.js';
import { CONFIG_FILE } from './discover.js';
import { JOURNAL_FILE } from './journal.js';
import type { Env } from './env.js';
import { listRecordFiles } from './record-walk.js';
import { settingsKey } from './settings-cache.js';
import { MAX_FILE_BYTES } from './yaml-source.js';

/** One file per question and archive state, named by its key: a lookup reads only its own answer. */
const FORMAT = 2;
const MEMO_DIR = `results-${FORMAT}`;
/** Answers remembered per archive (a clerk's usual questions: all checks, this term's status, …); the oldest go first. */
const KEEP = 16;

interface Entry {
  key: string;
  /** Attachment path → what the inspector found there, as JSON. */
  deps: [path: string, state: string][];
  /** The command's result: plain data. */
  value: unknown;
}

const scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * SHA-256 of a file's bytes, or a word for why there are none. Opened non-blocking and judged on the
 * opened descriptor, so a FIFO or a device named like a record or the journal is never read (or waited
 * for); read from that descriptor in chunks, through a reused buffer.
 */
function fileState(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return `error:${(e as NodeJS.ErrnoException).code ?? 'unknown'}`;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return 'not-file';
    const hash = createHash('sha256');
    let at = 0;
    // Read to the end: past the size fstat gave, a short read is the end (a record then takes one read,
    // not a second one that returns nothing); before it, only a read of nothing is.
    for (let n = -1; n !== 0 && (n === scratch.length || at < st.size || n < 0); at += n) {
      n = readSync(fd, scratch, 0, scratch.length, at);
      hash.update(scratch.subarray(0, n));
    }
    return `${st.size > MAX_FILE_BYTES ? 'large:' : ''}${hash.digest('hex')}`;
  } catch (e) {
    return `error:${(e as NodeJS.ErrnoException).code ?? 'unknown'}`;
  } finally {
    closeSync(fd);
  }
}

/** Every file under `dir` (sorted, archive-relative), each with its state; links are named, never followed. */
function treeState(root: string, dir: string, hash: ReturnType<typeof createHash>): void {
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      hash.update(`${rel}\0absent\n`);
      return;
    }
    for (const e of entries) {
      const path = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else hash.update(`${path}\0${e.isFile() ? fileState(join(root, path)) : e.isSymbolicLink() ? 'link' : 'other'}\n`);
    }
  };
  walk(dir);
}

/**
 * The key of a question about the archive at `root`, from its bytes as they are now. `known` gives
 * the SHA-256 of record files already hashed in this run (by the loader, from the bytes it parsed);
 * every other file is read and hashed here.
 */
export function resultKey(root: string, question: unknown, known: ReadonlyMap<string, string> = new Map()): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${BUILD_ID}\0`).update(JSON.stringify(question)).update('\0');
  // (read as the settings are: a regular file of at most 1 MB, never waited for)
  hash.update(settingsKey(readGuarded(join(root, CONFIG_FILE), MAX_FILE_BYTES))).update('\0');
  const listing: Finding[] = [];
  for (const file of listRecordFiles(root, listing)) hash.update(`${file}\0${known.get(file) ?? fileState(join(root, file))}\n`);
  hash.update(JSON.stringify(listing)).update('\0');
  hash.update(`journal\0${fileState(join(root, JOURNAL_FILE))}\n`);
  treeState(root, 'requests', hash);
  treeState(root, 'schema', hash);
  return hash.digest('hex');
}

export class ResultMemo {
  private constructor(private readonly root: string, private readonly store: CacheStore, private readonly question: unknown, readonly key: string) {}

  /**
   * The memo for `question` on this archive, or undefined when there is no usable cache — or when the
   * cache is new (its answers folder is made now): a first run would read every file once more only to
   * learn that nothing is remembered yet. Answers are remembered from the second run on.
   */
  static open(root: string, question: unknown, env?: Env): ResultMemo | undefined {
    const store = CacheStore.open(root, env);
    if (!store || !store.folderMade(MEMO_DIR)) return undefined;
    try {
      return new ResultMemo(root, store, question, resultKey(root, question));
    } catch {
      return undefined;
    }
  }

  private get file(): string {
    return `${MEMO_DIR}/${this.key}.json`;
  }

  /** What was remembered for this exact archive and question, if every attachment is found as it was. */
  get(): { value: unknown } | undefined {
    const text = this.store.read(this.file);
    if (text === undefined) return undefined;
    let entry: Entry;
    try {
      entry = JSON.parse(text) as Entry;
    } catch {
      return undefined;
    }
    if (!entry || entry.key !== this.key || !('value' in entry) || !Array.isArray(entry.deps)) return undefined;
    const inspect = attachmentInspector(this.root);
    for (const [path, state] of entry.deps) if (JSON.stringify(inspect(path)) !== state) return undefined;
    return { value: entry.value };
  }

  /**
   * Remembers `findings`, with what is found now at each attachment path the records name. Only when
   * the bytes the command judged are the bytes the key was made from: the key is made again with the
   * loader's hashes of the records it parsed (`loaded`), so a file changed while the command ran is
   * never filed under the bytes it had before.
   */
  put(value: unknown, loaded: readonly { file: string; hash: string; record: { attachments?: { path: string }[] | undefined } }[]): void {
    const inspect = attachmentInspector(this.root);
    const paths = new Set(loaded.flatMap((r) => r.record.attachments?.map((a) => a.path) ?? []));
    const deps = [...paths].sort().map((p): [string, string] => [p, JSON.stringify(inspect(p))]);
    try {
      if (resultKey(this.root, this.question, new Map(loaded.map((r) => [r.file, r.hash]))) !== this.key) return;
    } catch {
      return;
    }
    if (!this.store.write(this.file, JSON.stringify({ key: this.key, deps, value }))) return;
    for (const old of this.store.filesIn(MEMO_DIR).slice(KEEP)) this.store.remove(`${MEMO_DIR}/${old}`);
    // Answers in an earlier format are never read again.
    for (const e of this.store.list()) if (e.folder && e.name.startsWith('results-') && e.name !== MEMO_DIR) this.store.remove(e.name);
  }
}
