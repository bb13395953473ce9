/** A named check: one rule over the loaded archive, returning findings. It never prints. */
import type { Archive, LoadedRecord } from '../archive/load.js';
import type { MessageKey } from '../model/message-key.js';
import type { Finding } from '../model/finding.js';
import type { Range } from '../model/range.js';

export interface CheckContext {
  archive: Archive;
  /** The records of the selected period (all records when no period is given). */
  records: LoadedRecord[];
  range: Range;
  today: string;
}

export interface Check {
  name: string;
  /** One line: the rule. */
  rule: MessageKey;
  /** One line: why the rule exists. */
  why: MessageKey;
  run(ctx: CheckContext): Finding[];
}
