/**
 * The one write path: every change to the archive — add, amend, withdraw, feedback, import — goes
 * through here. In order: validate the record (exit 2 with every problem located, nothing written),
 * then write it through archive/write.ts, which checks the seals, writes atomically and journals it
 * under the archive lock, and hand back what the catalog says of the record as written (warnings, as
 * values: the record is written; `check` will flag it). Commands only gather input and print.
 */
import type { LoadedRecord } from '../archive/load.js';
import type { ArchiveSettings } from '../archive/settings.js';
import type { Env } from '../archive/env.js';
import type { AttachmentSource } from '../archive/attach.js';
import { journalFileAsIs, rewriteRecord, sealCovering, writeNewRecord, type ChangeMeta, type Written } from '../archive/write.js';
import { cacheOn } from '../archive/env.js';
import { writeNewRecords, type Progress } from '../archive/write-batch.js';
import { readSeals } from '../archive/journal.js';
import { sealedTerms, type SealEntry } from '../model/chain.js';
import { catalogFindings } from '../checks/catalog.js';
import type { Catalog } from '../model/catalog.js';
import { EXIT, XwgkError, type Located } from '../model/errors.js';
import type { Finding, Msg } from '../model/finding.js';
import type { DisclosureRecord } from '../model/record.js';
import { validateRecord } from '../model/validate.js';

/** A change made: the record as written (file, text, journal line) and the catalog's warnings about it. */
export interface Edit {
  written: Written;
  warnings: Finding[];
}

/** How a refused record is worded: the message, the hint, and how a field is named to the user (`--review-on`, `--set review.on`). */
export interface Refusal {
  message: Msg;
  hint?: Msg | undefined;
  field?: (path: readonly (string | number)[]) => string;
  /** The file the problems are in, when the record has one. */
  file?: string;
  /**
   * Words the normaliser already refused (`--category 教`): named first, once, with their candidates;
   * the record's own issue about the same field is then not repeated.
   */
  refused?: readonly { field: string; message: Msg; hint?: Msg }[];
}

/** Why and how a change is written: the journal's action and reason, evidence to attach, the environment (`XWGK_NOW`, the lock's wait, caches). */
export interface EditMeta {
  action: ChangeMeta['action'];
  reason?: string | undefined;
  attach?: AttachmentSource[] | undefined;
  env: Env;
}

/** Placeholder id while a new record is validated; the real one is allocated when its file is created. */
export const PENDING_ID = '19000101-000';

/** The record the raw fields make, or exit 2 naming every schema problem (what the catalog asks beyond the schema is only warned about). */
export function validateForWrite(raw: Record<string, unknown>, catalog: Catalog, refusal: Refusal): DisclosureRecord {
  const { record, issues } = validateRecord(raw, catalog);
  const refused = refusal.refused ?? [];
  const errors = issues.filter((i) => i.severity === 'error' && !refused.some((r) => r.field === i.path[0]));
  if (record && errors.length === 0 && refused.length === 0) return record;
  const details: Located[] = [
    ...refused.map(({ message, hint }) => ({ message, ...(hint ? { hint } : {}) })),
    ...errors.map((i) => ({
      ...(refusal.file ? { file: refusal.file } : {}),
      message: { key: i.key, params: refusal.field ? { ...i.params, field: refusal.field(i.path) } : (i.params ?? {}) },
      ...(i.hint ? { hint: i.hint } : {}),
    })),
  ];
  throw new XwgkError(EXIT.usage, refusal.message, refusal.hint, details);
}

const changeMeta = (meta: EditMeta, expectHash?: string): ChangeMeta => ({
  action: meta.action,
  reason: meta.reason,
  attach: meta.attach,
  now: meta.env.XWGK_NOW,
  env: meta.env,
  ...(expectHash !== undefined ? { expectHash } : {}),
});

const withWarnings = (written: Written, catalog: Catalog): Edit => ({
  written,
  warnings: catalogFindings({ record: written.record, file: written.file, lines: {} }, catalog),
});

/** Writes a new record (validated, with any id) under the next free id of its date. */
export function addRecord(settings: ArchiveSettings, record: DisclosureRecord, meta: EditMeta): Edit {
  return withWarnings(
    writeNewRecord(settings.root, record.time, (id) => ({ ...record, id }), changeMeta(meta)),
    settings.catalog,
  );
}

/**
 * Rewrites a loaded record with its changes, validated first. The writer refuses (exit 3) if the file
 * changed since it was read, so a clerk editing it by hand at the same moment loses nothing.
 */
export function changeRecord(
  settings: ArchiveSettings,
  loaded: LoadedRecord,
  changed: Record<string, unknown>,
  meta: EditMeta,
  refusal: Refusal,
  reapply?: (current: DisclosureRecord) => Record<string, unknown>,
): Edit {
  const record = validateForWrite(changed, settings.catalog, refusal);
  // With `reapply`, a file another writer of this tool changed meanwhile gets the change again (archive/reapply.ts).
  const again = reapply && ((current: DisclosureRecord) => validateForWrite(reapply(current), settings.catalog, refusal));
  return withWarnings(
    rewriteRecord(settings.root, loaded.file, record, { ...changeMeta(meta, loaded.hash), ...(again ? { reapply: again } : {}) }),
    settings.catalog,
  );
}

/**
 * Writes many new records as one transaction (import): all of them or none (archive/write-batch.ts).
 * `progress` hears how many are staged.
 */
export function addRecords(settings: ArchiveSettings, records: readonly DisclosureRecord[], meta: EditMeta, progress?: Progress): Edit[] {
  const written = writeNewRecords(
    settings.root,
    records.map((r) => ({ time: r.time, build: (id: string) => ({ ...r, id }) })),
    changeMeta(meta),
    progress,
  );
  return written.map((w) => withWarnings(w, settings.catalog));
}

/** Journals a record file exactly as it is on disk (a hand edit accepted with `amend ID --reason`). */
export function acceptFileAsIs(settings: ArchiveSettings, loaded: LoadedRecord, meta: EditMeta): Edit {
  return withWarnings(journalFileAsIs(settings.root, loaded.file, loaded.record, changeMeta(meta, loaded.hash)), settings.catalog);
}

/** The seal a change to this record would fall under (the change then needs a reason), if any. */
export function sealOver(root: string, record: DisclosureRecord, env: Env): SealEntry | undefined {
  return sealCovering(root, record, sealedTerms(readSeals(root, { cache: cacheOn(env), env })));
}

/** The same for many records at once (import refuses them all up front): the seals are read once. */
export function sealsOver<T extends { record: DisclosureRecord }>(
  root: string,
  items: readonly T[],
  env: Env,
): { item: T; seal: SealEntry }[] {
  const seals = sealedTerms(readSeals(root, { cache: cacheOn(env), env }));
  if (seals.size === 0) return [];
  return items.flatMap((item) => {
    const seal = sealCovering(root, item.record, seals);
    return seal ? [{ item, seal }] : [];
  });
}
