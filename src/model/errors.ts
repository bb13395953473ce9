/**
 * The one exception the tool throws on purpose: "cannot continue", with the exit code and a message
 * key. The CLI edge renders it in the user's language; anything else is a bug (stack with XWGK_DEBUG=1).
 */
import type { Msg, Params } from './finding.js';
import type { MessageKey } from './message-key.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, busy: 3, cancelled: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface Located {
  file?: string;
  line?: number;
  column?: number;
  excerpt?: string;
  message: Msg;
  hint?: Msg;
}

export class XwgkError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly msg: Msg,
    readonly hint?: Msg,
    /** Located details (each bad field of an `add`, each bad line of xwgk.yaml). */
    readonly details: Located[] = [],
  ) {
    super(msg.key);
  }
}

export function usageError(key: MessageKey, params?: Params, hint?: Msg): XwgkError {
  return new XwgkError(EXIT.usage, params ? { key, params } : { key }, hint);
}
