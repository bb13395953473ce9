/**
 * `xwgk summary [--term T]`: the term's disclosure work summary (of today's term without --term) as Markdown (default), HTML, Word or
 * JSON. The format is `--format`, else the `--out` file's extension. A .docx is binary: without
 * `--out` it is written to a file named after the term in the current folder, never to the terminal.
 */
import { Command } from 'commander';
import { extname } from 'node:path';
import type { Ctx } from './context.js';
import { addFormatOptions, pickFormat } from './options.js';
import { usageError } from '../model/errors.js';
import { resolveTerm } from '../model/range.js';
import { isTermId } from '../model/terms.js';
import { buildTermSummary, termRecords } from '../reports/summary.js';
import { renderSummaryAsDocx } from '../render/summary-docx.js';
import { renderSummaryAsHtml } from '../render/summary-html.js';
import { renderSummaryAsJson } from '../render/summary-json.js';
import { renderSummaryAsMarkdown } from '../render/summary-markdown.js';
import { labelSummary } from '../render/summary-labels.js';

const FORMATS = ['md', 'html', 'docx', 'json'] as const;
/** Extensions that mean Markdown besides `.md` (a plain-text file is Markdown too). */
const MARKDOWN_EXTENSIONS = ['markdown', 'txt'];

export function summaryCommand(ctx: Ctx): Command {
  const cmd = new Command('summary').description(ctx.t('cmd.summary')).option('--term <id>', ctx.t('opt.summary-term')).option('--today <date>', ctx.t('opt.today'));
  addFormatOptions(cmd, ctx, FORMATS, 'md');
  return cmd.action(async (opts: { term?: string; today?: string; format?: string; out?: string }) => {
    const ext = opts.out ? extname(opts.out).slice(1).toLowerCase() : '';
    // An --out FILE.pdf must not quietly become Markdown: an extension we cannot write is a usage error.
    if (!opts.format && ext && !(FORMATS as readonly string[]).includes(ext) && !MARKDOWN_EXTENSIONS.includes(ext) && ext !== 'htm') {
      throw usageError('err.unknown-format', { format: ext, valid: FORMATS.join(', ') });
    }
    const format = pickFormat(FORMATS, opts, 'md');
    const archive = ctx.archive();
    const today = ctx.today(opts.today);
    const term = resolveTerm(opts.term ?? 'current', archive.terms, today);
    // A term named by id must be one the archive knows; `current` and `previous` always are.
    if (opts.term && isTermId(opts.term) && !term.configured && termRecords(archive, term).length === 0) {
      throw usageError('err.summary-unknown-term', { term: term.id }, { key: 'hint.summary-terms' });
    }
    const summary = buildTermSummary(archive, term, today);
    const view = ctx.view();
    if (format === 'json') return ctx.emit(renderSummaryAsJson(view, summary), opts.out);
    const labelled = labelSummary(view, summary);
    const markdown = await renderSummaryAsMarkdown(labelled, archive.catalog, ctx.lang, archive.root);
    if (format === 'md') return ctx.emit(markdown, opts.out);
    if (format === 'html') return ctx.emit(await renderSummaryAsHtml(labelled, markdown, ctx.lang, archive.root), opts.out);
    const file = opts.out ?? `${ctx.t('summary.default-file', { term: term.id })}.docx`;
    ctx.emit(await renderSummaryAsDocx(markdown, { school: summary.school, title: labelled.term.label, lang: ctx.lang }), file);
  });
}
