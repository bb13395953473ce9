/**
 * The journal as a hash chain, and seal digests — pure functions over the journal's text, no disk.
 *
 * Each line of `journal.jsonl` is one JSON object `{seq, time, action, id, file, sha256, reason?, prev,
 * hash}` (seal lines carry `term, digest, records` instead of `file, sha256`). `prev` is the SHA-256 of
 * the previous line's exact text (64 zeros for the first line), so changing, removing or reordering any
 * line breaks the link to the next one. `hash` is the SHA-256 of the line's own text up to `,"hash"`
 * (closed with `}`): without it the *last* line would have no witness, and a changed reason or time in
 * it would go unseen.
 */
import { createHash } from 'node:crypto';
import type { Msg } from './finding.js';

export const GENESIS = '0'.repeat(64);
const HEX64 = /^[0-9a-f]{64}$/;

/** `settings`: the hash of `xwgk.yaml` (id and file `xwgk.yaml`), journaled by init and by `amend xwgk.yaml --reason`. */
export type JournalAction = 'add' | 'import' | 'amend' | 'withdraw' | 'feedback' | 'attach' | 'settings' | RequestAction | 'seal';
/** The changes to a request for information: received, extended, answered, appealed (行政复议/诉讼). */
export type RequestAction = 'request' | 'extend' | 'answer' | 'appeal';
export const RECORD_ACTIONS: readonly string[] = [
  'add',
  'import',
  'amend',
  'withdraw',
  'feedback',
  'attach',
  'settings',
  'request',
  'extend',
  'answer',
  'appeal',
];

/** The id and file of a `settings` line. */
export const SETTINGS_ID = 'xwgk.yaml';

export interface RecordEntry {
  seq: number;
  time: string;
  action: Exclude<JournalAction, 'seal'>;
  id: string;
  file: string;
  sha256: string;
  reason?: string;
  prev: string;
}

export interface SealEntry {
  seq: number;
  time: string;
  action: 'seal';
  /** The term id, so every line names what it is about. */
  id: string;
  term: string;
  /** SHA-256 over the term, the chain head (`prev`) and every record id with its hash: see `sealDigest`. */
  digest: string;
  /** The ids of the term's records at the time of the seal, sorted. */
  records: string[];
  /** The SHA-256 of `xwgk.yaml` at the seal, part of the digest (seal v2; absent in older seals). */
  settings?: string;
  /** The seal's date as the clerk gave it (`--today`); older seals have only `time`. */
  on?: string;
  prev: string;
}

export type JournalEntry = RecordEntry | SealEntry;
/** An entry as it will be written: the chain fields are added when it is appended. */
export type NewEntry = Omit<RecordEntry, 'seq' | 'prev'> | Omit<SealEntry, 'seq' | 'prev'>;

export interface ChainLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  entry?: JournalEntry;
}

export interface ChainProblem {
  kind: 'chain';
  line: number;
  id?: string;
  message: Msg;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The text of a journal line (without the newline) for an entry, with its own `hash` last. */
export function formatLine(entry: JournalEntry): string {
  const body = JSON.stringify(entry);
  return `${body.slice(0, -1)},"hash":"${sha256Hex(body)}"}`;
}

/** The line's own hash is right: the text up to `,"hash"` hashes to the value after it. */
export function selfHashOk(text: string): boolean {
  const m = /,"hash":"([0-9a-f]{64})"\}$/.exec(text);
  return !!m && sha256Hex(`${text.slice(0, m.index)}}`) === m[1];
}

function isEntry(v: unknown): v is JournalEntry {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const e = v as Record<string, unknown>;
  if (!Number.isInteger(e.seq) || typeof e.time !== 'string' || typeof e.id !== 'string' || typeof e.prev !== 'string') return false;
  if (e.action === 'seal')
    return (
      typeof e.term === 'string' &&
      typeof e.digest === 'string' &&
      HEX64.test(e.digest) &&
      Array.isArray(e.records) &&
      e.records.every((r) => typeof r === 'string') &&
      (e.settings === undefined || (typeof e.settings === 'string' && HEX64.test(e.settings))) &&
      (e.on === undefined || typeof e.on === 'string')
    );
  return RECORD_ACTIONS.includes(e.action as string) && typeof e.file === 'string' && typeof e.sha256 === 'string' && HEX64.test(e.sha256);
}

/** Splits the journal text into lines; a last line without its newline is a torn write and is kept (and reported). */
export function splitJournal(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Walks the chain: every line must parse, carry the next `seq`, hash to its own `hash`, and name the
 * previous line's hash as `prev`. Every broken link is reported (not only the first); entries that
 * parse are returned even after a break, so the rest of verify can still name records.
 */
export function walkChain(text: string): { lines: ChainLine[]; entries: JournalEntry[]; head: string; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  const lines: ChainLine[] = [];
  const entries: JournalEntry[] = [];
  let prevHash = GENESIS;
  let expectSeq = 1;
  const raw = splitJournal(text);
  raw.forEach((t, i) => {
    const line = i + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      parsed = undefined;
    }
    const problem = (key: Msg['key'], params: Record<string, string | number> = {}, id?: string) =>
      problems.push({ kind: 'chain', line, ...(id ? { id } : {}), message: { key, params: { line, ...params } } });
    if (!isEntry(parsed)) {
      problem(i === raw.length - 1 && !text.endsWith('\n') ? 'verify.chain-torn' : 'verify.chain-unreadable');
      lines.push({ line, text: t });
    } else {
      const entry = parsed;
      if (!selfHashOk(t)) problem('verify.chain-altered', {}, entry.id);
      if (entry.prev !== prevHash) problem('verify.chain-link', { previous: line - 1 }, entry.id);
      if (entry.seq !== expectSeq) problem('verify.chain-seq', { seq: entry.seq, expected: expectSeq }, entry.id);
      expectSeq = entry.seq + 1;
      lines.push({ line, text: t, entry });
      entries.push(entry);
    }
    prevHash = sha256Hex(t);
  });
  return { lines, entries, head: prevHash, problems };
}

/** The hash each record had in the journal after the first `count` entries (all when omitted). */
export function journaledHashes(entries: readonly JournalEntry[], count = entries.length): Map<string, RecordEntry> {
  const out = new Map<string, RecordEntry>();
  for (const e of entries.slice(0, count)) if (e.action !== 'seal' && e.action !== 'settings') out.set(e.id, e);
  return out;
}

/** The last `settings` line among the first `count` entries: the hash `xwgk.yaml` should have. */
export function journaledSettings(entries: readonly JournalEntry[], count = entries.length): RecordEntry | undefined {
  for (let i = Math.min(count, entries.length) - 1; i >= 0; i--) if (entries[i]!.action === 'settings') return entries[i] as RecordEntry;
  return undefined;
}

/** The date a seal was made, for messages: the clerk's `--today` when recorded, else the journal time's date. */
export function sealDate(seal: SealEntry): string {
  return seal.on ?? seal.time.slice(0, 10);
}

/**
 * A term's seal digest: SHA-256 over a versioned header, the term id, the chain head the seal follows,
 * and one `id sha256` line per record in id order. Any changed, added or removed record, and any
 * rewritten history before the seal (a different head), gives a different digest.
 */
export function sealDigest(
  term: string,
  head: string,
  records: ReadonlyMap<string, string> | readonly (readonly [string, string])[],
  settings?: string,
): string {
  const pairs = [...(records instanceof Map ? records.entries() : records)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const body = pairs.map(([id, h]) => `${id} ${h}\n`).join('');
  // v2 (with the settings' hash: disabling a category changes what the checks say) for seals that
  // carry `settings`; v1 for the seals made before, which keep verifying as they are.
  if (settings !== undefined) return sha256Hex(`xwgk-seal-v2\n${term}\n${head}\nsettings ${settings}\n${body}`);
  return sha256Hex(`xwgk-seal-v1\n${term}\n${head}\n${body}`);
}

/** The latest seal of each term, by term id. */
export function sealedTerms(entries: readonly JournalEntry[]): Map<string, SealEntry> {
  const out = new Map<string, SealEntry>();
  for (const e of entries) if (e.action === 'seal') out.set(e.term, e);
  return out;
}

/** `3f2a9c1b…` → `3f2a 9c1b 7d4e 0a55`: the first 16 hex digits in groups of four, for reading aloud. */
export function shortDigest(digest: string, groups = 4): string {
  return (digest.slice(0, groups * 4).match(/.{4}/g) ?? []).join(' ');
}

/** The full digest in groups of four, eight groups a line, as printed on the certificate. */
export function groupedDigest(digest: string): string[] {
  const groups = digest.match(/.{1,4}/g) ?? [];
  return [groups.slice(0, 8).join(' '), groups.slice(8).join(' ')].filter(Boolean);
}
