/**
 * `xwgk import FILE`: bring an existing ledger (.csv or .xlsx) into the archive. All or nothing: every
 * row is read and validated first; one bad row and nothing is written (exit 2), with each problem
 * named by row, column and what is wrong. Rows already in the archive (same date, category and title)
 * are reported and skipped, so importing the same sheet twice adds nothing.
 */
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import type { Ctx } from './context.js';
import { list } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';
import { readSheetFile } from '../archive/read-sheet.js';
import { renderGridAsTable } from '../render/grid.js';
import { importPreviewGrid } from '../render/import-preview.js';
import { reportSkipped } from './skipped.js';
import { catalogFindings } from '../checks/catalog.js';
import type { Env } from '../archive/env.js';
import { addRecords, sealsOver } from '../edit/apply.js';
import { startProgress } from './progress.js';
import { EXIT, XwgkError, type Located } from '../model/errors.js';
import type { Msg } from '../model/finding.js';
import { columnLetter } from '../model/sheet-columns.js';
import { cellName, planImport, predictIds, type ImportPlan } from '../edit/import-plan.js';

/** More problems than this are summed up: the first screenful is what a clerk fixes first. */
const MAX_SHOWN = 100;

export const importCommand = defineCommand({
  name: 'import',
  help: 'cmd.import',
  arguments: [{ name: '<file>', help: 'arg.import-file' }],
  // `--map` values are whole entries (a header may hold a comma), so they are repeated, not split.
  options: [
    { flags: '--map <header=key>', help: 'opt.import-map', repeat: true },
    { flags: '--default <key=value>', help: 'opt.import-default', repeat: true },
    { flags: '--sheet <name>', help: 'opt.import-sheet' },
    { flags: '--dry-run', help: 'opt.import-dry-run' },
    { flags: '--reason <text>', help: 'opt.import-reason' },
  ],
  schema: lazySchema(() =>
    z.object({
      file: z.string(),
      map: list(),
      default: list(),
      sheet: z.optional(z.string()),
      dryRun: z.optional(z.boolean()),
      reason: z.optional(z.string()),
    }),
  ),
  async run(ctx, opts) {
    const { file } = opts;
    const archive = ctx.archive();
    // A row matching an unreadable record cannot be seen as a duplicate: say which files those are.
    reportSkipped(ctx, archive);
    const table = await readSheetFile(resolve(ctx.io.cwd, file), { sheet: opts.sheet });
    const plan = planImport(
      table.rows,
      archive.catalog,
      archive.terms,
      archive.records.map((r) => r.record),
      {
        file: table.name,
        kind: table.kind,
        map: opts.map,
        defaults: opts.default,
      },
    );
    if (plan.problems.length > 0) throw invalidSheet(ctx, plan, table.name);
    report(ctx, plan);
    if (opts.dryRun) {
      const ids = predictIds(
        plan.records,
        archive.records.map((r) => r.record.id),
      );
      const rows = plan.records.map(({ row, record }, i) => ({
        row,
        id: ids[i]!,
        record,
        warnings: catalogFindings({ record: { ...record, id: ids[i]! }, file: '', lines: {} }, archive.catalog),
      }));
      ctx.out(renderGridAsTable(importPreviewGrid(rows, archive.catalog, ctx.lang), { maxWidth: ctx.io.columns }));
      ctx.info(ctx.t('import.dry-run', { n: plan.records.length, skipped: plan.duplicates.length }));
      return { report: plan };
    }
    if (!opts.reason?.trim()) refuseSealedRows(archive.root, plan, ctx.io.env);
    // One transaction: every row or none, whatever happens (archive/write-batch.ts); a bar in a terminal.
    const bar = await startProgress(ctx, ctx.t('import.progress'), plan.records.length);
    const edits = addRecords(
      archive,
      plan.records.map((p) => p.record),
      { action: 'import', reason: opts.reason, env: ctx.io.env },
      (done) => bar.update(done),
    );
    bar.stop();
    const warned = edits.filter((e) => e.warnings.length > 0).length;
    // One write for all the rows' lines: thousands of small writes to a pipe cost more than the import.
    if (edits.length > 0)
      ctx.out(
        edits
          .map(({ written }, i) => ctx.t('import.written', { row: plan.records[i]!.row, id: written.id, file: written.file }))
          .join('\n'),
      );
    ctx.forget();
    ctx.info(ctx.t('import.done', { n: plan.records.length, skipped: plan.duplicates.length, file: table.name }));
    if (warned > 0) ctx.info(ctx.t('import.catalog-warnings', { n: warned }));
    return { report: plan };
  },
});

/** Rows that fall in a sealed term need `--reason`: refused all together, before any row is written. */
function refuseSealedRows(root: string, plan: ImportPlan, env: Env): void {
  const details: Located[] = sealsOver(root, plan.records, env).map(({ item: { row, record }, seal }) => ({
    message: { key: 'import.sealed-row', params: { row, title: record.title, term: seal.term, date: seal.time.slice(0, 10) } },
  }));
  if (details.length > 0)
    throw new XwgkError(
      EXIT.usage,
      { key: 'import.sealed-rows', params: { n: details.length } },
      { key: 'hint.import-sealed' },
      details.slice(0, MAX_SHOWN),
    );
}

/** Ignored columns and skipped duplicates, on stderr: worth knowing, not worth stopping for. */
function report(ctx: Ctx, plan: ImportPlan): void {
  for (const c of plan.ignored) ctx.info(ctx.t('import.ignored-column', { header: c.header, column: columnLetter(c.index) }));
  for (const d of plan.duplicates) {
    ctx.info(
      d.ofId
        ? ctx.t('import.duplicate-of-record', { row: d.row, id: d.ofId, title: d.title })
        : ctx.t('import.duplicate-of-row', { row: d.row, other: d.ofRow!, title: d.title }),
    );
  }
}

/** Every bad row, by row and column as the spreadsheet shows them; nothing has been written. */
function invalidSheet(ctx: Ctx, plan: ImportPlan, name: string): XwgkError {
  const rows = new Set(plan.problems.map((p) => p.row));
  const details: Located[] = plan.problems.slice(0, MAX_SHOWN).map((p) => {
    const cell = cellName(p);
    const detail = ctx.m(p.message);
    const message: Msg = cell
      ? { key: 'import.at-cell', params: { row: p.row, cell, header: p.column!.header, detail } }
      : { key: 'import.at-row', params: { row: p.row, detail } };
    return { message, ...(p.hint ? { hint: p.hint } : {}) };
  });
  if (plan.problems.length > MAX_SHOWN)
    details.push({ message: { key: 'import.more-problems', params: { n: plan.problems.length - MAX_SHOWN } } });
  return new XwgkError(
    EXIT.usage,
    { key: 'err.import.invalid', params: { file: name, rows: rows.size, problems: plan.problems.length } },
    { key: 'hint.import.fix' },
    details,
  );
}
