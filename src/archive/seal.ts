/**
 * Sealing a term: under the archive lock, re-read the archive, make sure the term's records are exactly
 * what the journal says, then journal a seal line holding the term's digest (see `sealDigest`). Also the
 * small read-only API other reports use: is a term sealed, with which digest, and what changed since.
 */
import { journaledHashes, sealDate, sealDigest, sealedTerms, SETTINGS_ID, walkChain, type SealEntry } from '../model/chain.js';
import { settingsHash } from './settings-journal.js';
import { EXIT, XwgkError, type Located } from '../model/errors.js';
import { zonedParts } from '../model/time-zone.js';
import { appendJournal, journalTime, readJournalText } from './journal.js';
import { loadArchive, type Archive } from './load.js';
import { withArchiveLock } from './lock.js';
import { cacheOn, lockWaitMs, type Env } from './env.js';
import { termMembers, verifyArchive } from './verify.js';
import { skippedInTerm } from '../model/skipped.js';

export interface SealResult {
  seal: SealEntry;
  /** 1-based line of the seal in the journal. */
  line: number;
  archive: Archive;
}

/** Seals `term`; refuses (exit 2) an empty term, a broken chain, or records of the term that differ from the journal. */
export function sealTerm(root: string, term: string, meta: { now?: string | undefined; on?: string | undefined; env?: Env | undefined } = {}): SealResult {
  return withArchiveLock(root, () => {
    const archive = loadArchive(root, { cache: cacheOn(meta.env), env: meta.env ?? {} });
    // A seal vouches for the whole term: an unreadable record file that may belong to it stops it (exit 1).
    const unreadable = skippedInTerm(archive.findings, archive.terms, term);
    if (unreadable.length > 0) {
      const details: Located[] = unreadable.map((s) => ({ file: s.file, ...(s.line ? { line: s.line } : {}), message: s.message }));
      throw new XwgkError(EXIT.findings, { key: 'seal.unreadable', params: { term, n: unreadable.length } }, { key: 'hint.seal-unreadable' }, details);
    }
    const members = termMembers(archive, term);
    if (members.size === 0) throw new XwgkError(EXIT.usage, { key: 'seal.empty', params: { term } }, { key: 'hint.seal-empty' });
    const check = verifyArchive(archive);
    // A hand edit of the settings not yet accepted blocks too: the seal vouches for them (v2 digest).
    const blocking = check.problems.filter((p) => p.kind === 'chain' || (p.id !== undefined && (members.has(p.id) || (p.id === SETTINGS_ID && p.kind === 'changed')) && p.kind !== 'seal'));
    if (blocking.length > 0) {
      const details: Located[] = blocking.map((p) => ({ ...(p.file ? { file: p.file } : {}), ...(p.line ? { line: p.line } : {}), message: p.message }));
      throw new XwgkError(EXIT.usage, { key: 'seal.problems', params: { term, n: blocking.length } }, { key: 'hint.seal-problems' }, details);
    }
    const hashes = journaledHashes(check.entries);
    const ids = [...members].filter((id) => hashes.has(id)).sort();
    const settings = settingsHash(root);
    const digest = sealDigest(term, check.head, ids.map((id) => [id, hashes.get(id)!.sha256] as const), settings);
    const seal = appendJournal(root, { time: journalTime(meta.now), action: 'seal', id: term, term, ...(meta.on ? { on: meta.on } : {}), digest, records: ids, settings }) as SealEntry;
    return { seal, line: seal.seq, archive };
  }, lockWaitMs(meta.env));
}

export interface TermSealStatus {
  sealed: boolean;
  /** The latest seal's digest and date. */
  digest?: string;
  sealedOn?: string;
  /** Records of the term changed (through the tool) after its latest seal, sorted. */
  changedSince: string[];
}

/** Is a term sealed, and which of its records were changed since (for the term summary). */
export function termSealStatus(archive: Archive, term: string): TermSealStatus {
  const { entries } = walkChain(readJournalText(archive.root));
  const seal = sealedTerms(entries).get(term);
  if (!seal) return { sealed: false, changedSince: [] };
  const members = termMembers(archive, term, seal);
  const changed = new Set<string>();
  for (const e of entries.slice(entries.indexOf(seal) + 1)) if (e.action !== 'seal' && members.has(e.id)) changed.add(e.id);
  // The day of the seal as the clerk gave it (--today), else as the school's calendar has it (the journal keeps UTC instants).
  return { sealed: true, digest: seal.digest, sealedOn: seal.on ?? zonedParts(seal.time, archive.config.timezone).date, changedSince: [...changed].sort() };
}
