/**
 * `verify`: the archive against its journal. Walks the chain, then compares every record file's bytes
 * with its last journaled hash, every attachment with the hash its record lists, and every sealed term
 * with its seal. Works on bytes, not on parsed records, so a file that no longer even parses is still
 * named. Reads the disk; judges nothing it cannot point at.
 */
import { zonedParts } from '../model/time-zone.js';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { journaledHashes, journaledSettings, sealDate, sealDigest, SETTINGS_ID, sha256Hex, walkChain, type JournalEntry, type SealEntry } from '../model/chain.js';
import { CONFIG_FILE } from './discover.js';
import type { MessageKey } from '../model/message-key.js';
import type { Msg } from '../model/finding.js';
import { termOfRecord } from '../model/periods.js';
import { attachmentInspector, hashFile } from './attachments.js';
import { readJournalText } from './journal.js';
import type { Archive } from './load.js';
import { listRecordFiles } from './record-walk.js';
import { listRequestFiles } from './load-requests.js';
import { REQUESTS_DIR } from '../model/request.js';
import { MAX_FILE_BYTES } from './yaml-source.js';

export const PROBLEM_KINDS = ['chain', 'changed', 'missing', 'unjournaled', 'attachment', 'seal', 'digest'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** What to do about each kind of problem (the hint `verify` and the `integrity` check show). */
export const HINT_FOR_KIND: Record<ProblemKind, MessageKey> = {
  chain: 'hint.verify.chain',
  changed: 'hint.verify.changed',
  missing: 'hint.verify.missing',
  unjournaled: 'hint.verify.unjournaled',
  attachment: 'hint.verify.attachment',
  seal: 'hint.verify.seal',
  digest: 'hint.verify.digest',
};

export interface VerifyProblem {
  kind: ProblemKind;
  id?: string;
  /** The file the problem is in: a record, an attachment, or the journal (with its line). */
  file?: string;
  line?: number;
  message: Msg;
}

export interface VerifyResult {
  ok: boolean;
  /** How many record files there are. */
  records: number;
  problems: VerifyProblem[];
  /** SHA-256 of the journal's last line (the chain head); 64 zeros for an empty journal. */
  head: string;
  entries: JournalEntry[];
  /** Journal entries after the last seal: not yet vouched for by any printed seal. */
  unsealedChanges: number;
  /**
   * Records no seal covers: their term was never sealed, they are not among its seal's records, or they
   * were changed after it (JSON `unsealed`).
   */
  unsealedRecords: number;
  /** The seal `--digest` matched, if any. */
  matched?: SealEntry;
}

/**
 * Hashes of the record files on disk, by archive-relative path. The loader has already hashed the bytes
 * of every record it loaded; only the files it could not load are read again.
 */
export function recordFileHashes(root: string, loaded: readonly { file: string; hash: string }[] = [], unreadable?: Map<string, string>): Map<string, string> {
  const known = new Map(loaded.map((r) => [r.file, r.hash]));
  const out = new Map<string, string>();
  // Requests are journaled like records, so they are held to the journal the same way.
  for (const file of [...listRecordFiles(root), ...listRequestFiles(root)]) {
    const hash = known.get(file);
    if (hash !== undefined) {
      out.set(file, hash);
      continue;
    }
    try {
      const size = statSync(join(root, file)).size;
      // A huge file is hashed in chunks rather than read whole.
      out.set(file, size > MAX_FILE_BYTES ? hashFile(join(root, file)) : sha256Hex(readFileSync(join(root, file))));
    } catch (e) {
      // There but not readable (permissions): named as such below, not as gone.
      unreadable?.set(file, (e as NodeJS.ErrnoException).code ?? String(e));
    }
  }
  return out;
}


const idOfFile = (file: string) => file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);

/** The ids that belong to a term now (by the periods rule) or belonged to it when it was sealed. */
export function termMembers(archive: Archive, term: string, seal?: SealEntry): Set<string> {
  const ids = new Set(seal?.records ?? []);
  for (const { record } of archive.records) if (termOfRecord(record, archive.catalog, archive.terms).id === term) ids.add(record.id);
  return ids;
}

/** Recomputes a seal's digest from the journal lines before it; false when history was rewritten. */
function sealMatchesHistory(entries: readonly JournalEntry[], seal: SealEntry): boolean {
  const at = journaledHashes(entries, entries.indexOf(seal));
  return sealDigest(seal.term, seal.prev, seal.records.map((id) => [id, at.get(id)?.sha256 ?? 'none'] as const), seal.settings) === seal.digest;
}

/** Normalises a digest typed from paper: spaces and case do not matter; 16 to 64 hex digits. */
export function normalizeDigest(value: string): string | undefined {
  const v = value.replace(/[\s-]/g, '').toLowerCase();
  return /^[0-9a-f]{16,64}$/.test(v) ? v : undefined;
}

export function verifyArchive(archive: Archive, opts: { digest?: string } = {}): VerifyResult {
  const { root } = archive;
  const text = readJournalText(root);
  let chain = walkChain(text);
  let problems: VerifyProblem[] = chain.problems.map((p) => ({ kind: 'chain', line: p.line, file: 'journal.jsonl', ...(p.id ? { id: p.id } : {}), message: p.message }));
  // A checkout that converted line endings (git core.autocrlf) is not tampering: say so, once, with the fix.
  if (chain.problems.length > 0 && text.includes('\r\n')) {
    const lf = walkChain(text.replace(/\r\n/g, '\n'));
    if (lf.problems.length === 0) {
      chain = lf;
      problems = [{ kind: 'chain', file: 'journal.jsonl', message: { key: 'verify.crlf-journal', params: { file: 'journal.jsonl' } } }];
    }
  }
  const entries = chain.entries;
  const last = journaledHashes(entries);
  const unreadable = new Map<string, string>();
  const files = recordFileHashes(root, [...archive.records, ...archive.requests], unreadable);

  for (const [id, e] of last) {
    const now = files.get(e.file);
    if (now === undefined) problems.push({ kind: 'missing', id, file: e.file, message: { key: unreadable.has(e.file) ? 'verify.unreadable' : 'verify.missing', params: { id, file: e.file, seq: e.seq, code: unreadable.get(e.file) ?? '' } } });
    else if (now !== e.sha256) problems.push({ kind: 'changed', id, file: e.file, message: { key: onlyLineEndings(root, e.file, e.sha256) ? 'verify.crlf-record' : 'verify.changed', params: { id, file: e.file, seq: e.seq } } });
  }
  for (const file of files.keys()) {
    const id = idOfFile(file);
    if (last.get(id)?.file !== file) problems.push({ kind: 'unjournaled', id, file, message: { key: 'verify.unjournaled', params: { id, file } } });
  }
  // The settings, once journaled, are held to their hash as records are (archives made before: from their first `amend xwgk.yaml`).
  const settingsNow = fileHash(root, CONFIG_FILE);
  const settingsLine = journaledSettings(entries);
  if (settingsLine && settingsNow !== settingsLine.sha256) {
    const key = onlyLineEndings(root, CONFIG_FILE, settingsLine.sha256) ? 'verify.crlf-record' : 'verify.settings-changed';
    problems.push({ kind: 'changed', id: SETTINGS_ID, file: CONFIG_FILE, message: { key, params: { id: SETTINGS_ID, file: CONFIG_FILE, seq: settingsLine.seq } } });
  }
  const inspect = attachmentInspector(root);
  for (const { record, file } of archive.records) {
    for (const a of record.attachments ?? []) {
      const found = inspect(a.path);
      const params = { id: record.id, path: a.path, file };
      const problem = found.state === 'ok' ? (found.sha256 === a.sha256 ? undefined : 'changed') : found.state;
      if (problem) problems.push({ kind: 'attachment', id: record.id, file: a.path, message: { key: `verify.attachment-${problem}`, params } });
    }
  }

  const latest = new Map<string, SealEntry>();
  for (const e of entries) if (e.action === 'seal') latest.set(e.term, e);
  const changedAfterSeal = new Set<string>();
  for (const seal of latest.values()) {
    if (!sealMatchesHistory(entries, seal)) problems.push({ kind: 'seal', id: seal.term, message: { key: 'verify.seal-history', params: { term: seal.term, seq: seal.seq } } });
    if (seal.settings !== undefined && settingsNow !== seal.settings) {
      problems.push({ kind: 'seal', id: SETTINGS_ID, file: CONFIG_FILE, message: { key: 'verify.seal-settings', params: { term: seal.term, date: sealDate(seal) } } });
    }
    const members = termMembers(archive, seal.term, seal);
    const after = new Map<string, JournalEntry>();
    for (const e of entries.slice(entries.indexOf(seal) + 1)) if (e.action !== 'seal' && members.has(e.id)) after.set(e.id, e);
    for (const [id, e] of after) {
      changedAfterSeal.add(id);
      problems.push({ kind: 'seal', id, file: e.action !== 'seal' ? e.file : undefined, message: { key: 'verify.seal-changed', params: { id, term: seal.term, date: seal.on ?? zonedParts(seal.time, archive.config.timezone).date, action: e.action, reason: e.action !== 'seal' ? (e.reason ?? '—') : '—' } } });
    }
  }

  let matched: SealEntry | undefined;
  if (opts.digest !== undefined) {
    const wanted = opts.digest;
    matched = entries.find((e): e is SealEntry => e.action === 'seal' && e.digest.startsWith(wanted));
    if (!matched) {
      problems.push({ kind: 'digest', message: { key: 'verify.digest-unknown', params: { digest: wanted } } });
    } else if (!sealMatchesHistory(entries, matched)) {
      problems.push({ kind: 'digest', id: matched.term, message: { key: 'verify.digest-history', params: { term: matched.term, seq: matched.seq } } });
    } else {
      if (matched.settings !== undefined && settingsNow !== matched.settings) {
        problems.push({ kind: 'digest', id: SETTINGS_ID, file: CONFIG_FILE, message: { key: 'verify.digest-settings', params: { term: matched.term, date: sealDate(matched) } } });
      }
      const atSeal = journaledHashes(entries, entries.indexOf(matched));
      for (const id of [...termMembers(archive, matched.term, matched)].sort()) {
        const was = matched.records.includes(id) ? atSeal.get(id) : undefined;
        const file = was?.file ?? last.get(id)?.file;
        const now = file ? files.get(file) : undefined;
        if (was?.sha256 === now && now !== undefined) continue;
        const how = was === undefined ? 'added' : now === undefined ? 'removed' : 'changed';
        problems.push({ kind: 'digest', id, ...(file ? { file } : {}), message: { key: `verify.digest-${how}`, params: { id, term: matched.term, date: sealDate(matched) } } });
      }
    }
  }
  const records = [...files.keys()].filter((f) => !f.startsWith(`${REQUESTS_DIR}/`)).length;
  // A file that cannot be read is in no seal's records as it is now: not covered either.
  const covered = archive.records.filter(({ record }) => {
    const seal = latest.get(termOfRecord(record, archive.catalog, archive.terms).id);
    return seal !== undefined && seal.records.includes(record.id) && !changedAfterSeal.has(record.id);
  }).length;
  return {
    ok: problems.length === 0,
    records,
    problems,
    head: chain.head,
    entries,
    unsealedChanges: unsealedCount(entries),
    unsealedRecords: Math.max(0, records - covered),
    ...(matched ? { matched } : {}),
  };
}

/**
 * Journal entries after the last seal line: a seal's printed digest anchors the whole chain before it
 * (its chain head), so these are the changes no paper copy vouches for yet.
 */
export function unsealedCount(entries: readonly JournalEntry[]): number {
  let n = 0;
  for (let i = entries.length - 1; i >= 0 && entries[i]!.action !== 'seal'; i--) n++;
  return n;
}

function fileHash(root: string, file: string): string | undefined {
  try {
    return sha256Hex(readFileSync(join(root, file)));
  } catch {
    return undefined;
  }
}

/** True when the file differs from its journaled hash only by CRLF line endings (a converting checkout). */
function onlyLineEndings(root: string, file: string, sha256: string): boolean {
  try {
    const bytes = readFileSync(join(root, file));
    return bytes.includes(13) && sha256Hex(bytes.toString('utf8').replace(/\r\n/g, '\n')) === sha256;
  } catch {
    return false;
  }
}
