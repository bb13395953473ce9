/**
 * `xwgk report [--year YYYY]`: the annual information disclosure report (信息公开工作年度报告) of a
 * calendar year — the year before today's without `--year`, since the report of year Y is made in
 * January of Y+1 — as Markdown (default), HTML, Word or JSON. The format is `--format`, else the
 * `--out` file's extension. A .docx without `--out` goes to a file named after the year.
 */
import { Command } from 'commander';
import { extname } from 'node:path';
import type { Ctx } from './context.js';
import { addFormatOptions, pickFormat } from './options.js';
import { usageError } from '../model/errors.js';
import { buildAnnualReport } from '../reports/annual-report.js';

const FORMATS = ['md', 'html', 'docx', 'json'] as const;

/** A year as typed: four digits, within the dates the tool handles. */
export function parseReportYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()) || Number(value) < 1900 || Number(value) > 2998) throw usageError('err.report.year', { value }, { key: 'hint.report.year' });
  return Number(value);
}

export function reportCommand(ctx: Ctx): Command {
  const cmd = new Command('report').description(ctx.t('cmd.report')).option('--year <YYYY>', ctx.t('opt.report-year')).option('--today <date>', ctx.t('opt.today'));
  addFormatOptions(cmd, ctx, FORMATS, 'md');
  return cmd.action(async (opts: { year?: string; today?: string; format?: string; out?: string }) => {
    const ext = opts.out ? extname(opts.out).slice(1).toLowerCase() : '';
    if (!opts.format && ext && !(FORMATS as readonly string[]).includes(ext) && !['markdown', 'txt', 'htm'].includes(ext)) {
      throw usageError('err.unknown-format', { format: ext, valid: FORMATS.join(', ') });
    }
    const format = pickFormat(FORMATS, opts, 'md');
    const today = ctx.today(opts.today);
    const year = opts.year !== undefined ? parseReportYear(opts.year) : Number(today.slice(0, 4)) - 1;
    const archive = ctx.archive();
    const report = buildAnnualReport(archive, year, today);
    const view = ctx.view();
    for (const s of report.skipped) ctx.err(`${s.file}: ${ctx.m(s.message)}`);
    const { renderReportAsJson } = await import('../render/report-json.js');
    if (format === 'json') return ctx.emit(renderReportAsJson(view, report), opts.out);
    const doc = await import('../render/report-document.js');
    const markdown = await doc.renderReportAsMarkdown(view, report, archive.root);
    if (format === 'md') return ctx.emit(markdown, opts.out);
    if (format === 'html') return ctx.emit(await doc.renderReportAsHtml(report, markdown, ctx.lang, archive.root), opts.out);
    ctx.emit(await doc.renderReportAsDocx(report, markdown, ctx.lang), opts.out ?? `${ctx.t('report.default-file', { year })}.docx`);
  });
}
