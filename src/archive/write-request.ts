/**
 * Writing requests for information — the one door for `request add / extend / answer / appeal`, as
 * write.ts is for records: under the archive lock, the file is created exclusively (a new request) or
 * replaced atomically (a change, refused with exit 3 when the file changed since it was read), then
 * the change is appended to the journal, so `verify` holds requests to the record they leave.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex, type JournalEntry, type RequestAction } from '../model/chain.js';
import { REQUESTS_DIR, type InfoRequest } from '../model/request.js';
import { createFileExclusive, replaceFile } from './atomic.js';
import { appendJournal, journalTime } from './journal.js';
import { lockWaitMs, type Env } from './env.js';
import { withArchiveLock } from './lock.js';
import { serializeRequest } from './serialize.js';
import { refuseIfChanged } from './write.js';

export function requestFile(id: string): string {
  return `${REQUESTS_DIR}/${id.slice(1, 5)}/${id}.yaml`;
}

export interface RequestMeta {
  /** The request's own changes, or `amend`: a hand edit of its file accepted as it is. */
  action: RequestAction | 'amend';
  reason?: string | undefined;
  now?: string | undefined;
  /** SHA-256 of the file as the caller read it (changes only). */
  expectHash?: string | undefined;
  /** The environment from `Io`: how long to wait for the lock (XWGK_LOCK_WAIT_MS). */
  env?: Env | undefined;
}

export interface WrittenRequest {
  id: string;
  file: string;
  request: InfoRequest;
  entry: JournalEntry;
}

function highestSequence(root: string, prefix: string): number {
  let names: string[];
  try {
    names = readdirSync(join(root, REQUESTS_DIR, prefix.slice(1, 5)));
  } catch {
    return 0;
  }
  let max = 0;
  for (const n of names) {
    if (!n.startsWith(`${prefix}-`) || !n.endsWith('.yaml')) continue;
    const seq = Number(n.slice(prefix.length + 1, -5));
    if (Number.isInteger(seq) && seq > max) max = seq;
  }
  return max;
}

function journal(root: string, id: string, file: string, text: string, meta: RequestMeta): JournalEntry {
  return appendJournal(root, {
    time: journalTime(meta.now), action: meta.action, id, file, sha256: sha256Hex(Buffer.from(text, 'utf8')),
    ...(meta.reason?.trim() ? { reason: meta.reason.trim() } : {}),
  });
}

/** Writes a new request under the next free id of its date received (`R20250310-001`). */
export function writeNewRequest(root: string, build: (id: string) => InfoRequest, received: string, meta: Omit<RequestMeta, 'action'> = {}): WrittenRequest {
  return withArchiveLock(root, () => {
    const prefix = `R${received.replaceAll('-', '')}`;
    for (let seq = highestSequence(root, prefix) + 1; ; seq++) {
      const id = `${prefix}-${String(seq).padStart(3, '0')}`;
      const file = requestFile(id);
      if (existsSync(join(root, file))) continue;
      const request = build(id);
      const text = serializeRequest(request);
      if (!createFileExclusive(join(root, file), text)) continue;
      return { id, file, request, entry: journal(root, id, file, text, { ...meta, action: 'request' }) };
    }
  }, lockWaitMs(meta.env));
}

/** Replaces a request file atomically and journals the change. */
export function rewriteRequest(root: string, file: string, request: InfoRequest, meta: RequestMeta): WrittenRequest {
  return withArchiveLock(root, () => {
    refuseIfChanged(root, file, meta.expectHash);
    const text = serializeRequest(request);
    replaceFile(join(root, file), text);
    return { id: request.id, file, request, entry: journal(root, request.id, file, text, meta) };
  }, lockWaitMs(meta.env));
}

/**
 * Journals a request file exactly as it is on disk — a hand edit accepted with `request amend ID
 * --reason` — without rewriting it, so the clerk's own layout and comments stay.
 */
export function journalRequestAsIs(root: string, file: string, id: string, meta: RequestMeta): JournalEntry {
  return withArchiveLock(root, () => {
    refuseIfChanged(root, file, meta.expectHash);
    return journal(root, id, file, readFileSync(join(root, file), 'utf8'), meta);
  }, lockWaitMs(meta.env));
}
