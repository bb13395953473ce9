/**
 * A finding: one problem found in the archive, as a value. Messages stay keys with parameters until
 * they are rendered at the edge, so checks stay pure and tests compare values, not prose.
 */
import type { MessageKey } from './message-key.js';

export type Severity = 'error' | 'warning';
export type Params = Record<string, string | number>;
export interface Msg {
  key: MessageKey;
  params?: Params;
}

export interface Finding {
  check: string;
  code: string;
  severity: Severity;
  message: Msg;
  hint?: Msg;
  id?: string;
  file?: string;
  line?: number;
  column?: number;
  category?: string;
  period?: string;
  /** The source line the finding points at, for the text renderer's excerpt. Not part of the JSON. */
  excerpt?: string;
}

export function msg(key: MessageKey, params?: Params): Msg {
  return params ? { key, params } : { key };
}

export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number } {
  let error = 0,
    warning = 0;
  for (const f of findings) f.severity === 'error' ? error++ : warning++;
  return { error, warning };
}
