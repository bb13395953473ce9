/**
 * The one write path for requests for information, as apply.ts is for records: every change — a new
 * request, an extension, an answer, an appeal, a hand edit accepted — is validated (exit 2 with every
 * field named, nothing written), then written through archive/write-request.ts, which writes the file
 * atomically (or refuses with exit 3 when it changed since it was read) and journals it under the lock.
 * Commands only gather input and print.
 */
import type { Env } from '../archive/env.js';
import type { LoadedRequest } from '../archive/load-requests.js';
import { journalRequestAsIs, rewriteRequest, writeNewRequest, type RequestMeta, type WrittenRequest } from '../archive/write-request.js';
import type { Appeal, InfoRequest, RequestAnswer } from '../model/request.js';
import { answerRequest, appealRequest, checked, extendRequest } from '../model/request-changes.js';

/** Placeholder id while a new request is validated; the real one is allocated when its file is created. */
export const PENDING_REQUEST_ID = 'R19000101-001';

/** The fields of a new request, validated as the request they make (exit 2 otherwise). */
export function validateNewRequest(fields: Record<string, unknown>): InfoRequest {
  return checked({ id: PENDING_REQUEST_ID, ...fields });
}

/** Writes a new request under the next free id of its date received. */
export function addRequest(root: string, fields: Record<string, unknown>, env: Env): WrittenRequest {
  const draft = validateNewRequest(fields);
  return writeNewRequest(root, (id) => checked({ ...fields, id }), draft.received, { now: env.XWGK_NOW, env });
}

const meta = (action: RequestMeta['action'], loaded: LoadedRequest, env: Env, reason?: string): RequestMeta => ({
  action,
  expectHash: loaded.hash,
  now: env.XWGK_NOW,
  env,
  ...(reason ? { reason } : {}),
});

export function answer(root: string, loaded: LoadedRequest, a: RequestAnswer, env: Env): InfoRequest {
  return rewriteRequest(root, loaded.file, answerRequest(loaded.request, a), meta('answer', loaded, env)).request;
}

export function extend(root: string, loaded: LoadedRequest, e: { on: string; reason: string }, env: Env): InfoRequest {
  return rewriteRequest(root, loaded.file, extendRequest(loaded.request, e), meta('extend', loaded, env)).request;
}

export function appeal(root: string, loaded: LoadedRequest, kind: 'review' | 'litigation', a: Appeal, env: Env): InfoRequest {
  return rewriteRequest(root, loaded.file, appealRequest(loaded.request, kind, a), meta('appeal', loaded, env)).request;
}

/** Journals a request file as it is on disk (a hand edit accepted with `request amend ID --reason`); it validated when loaded. */
export function acceptRequestAsIs(root: string, loaded: LoadedRequest, reason: string, env: Env): void {
  journalRequestAsIs(root, loaded.file, loaded.request.id, meta('amend', loaded, env, reason));
}
