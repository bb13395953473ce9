/** The request register as a terminal table, CSV or Markdown, labelled in the reader's language. */
import { t, type Lang } from '../i18n/index.js';
import { APPLICANT_TYPES, OUTCOMES, REQUEST_CHANNELS, reasonsFor, wordLabel } from '../model/request-vocab.js';
import type { RequestRow } from '../reports/request-list.js';
import { renderGridAsCsv } from './csv.js';
import { renderGridAsMarkdown, renderGridAsTable } from './grid.js';
import { truncateDisplay } from './width.js';

/** One request's state in words: 已答复, 逾期答复 (3 个工作日), 办理中（剩 5 个工作日）, 已逾期 …. */
export function requestStateText(r: Pick<RequestRow, 'state' | 'workingDays'>, lang: Lang): string {
  return t(lang, `request.state.${r.state}`, { n: r.workingDays });
}

export function requestGrid(rows: readonly RequestRow[], lang: Lang, opts: { short?: boolean } = {}) {
  const headers = ['id', 'received', 'applicant', 'channel', 'asked', 'deadline', 'state', 'outcome'].map((h) => t(lang, `request.col.${h}` as never));
  return {
    headers,
    rows: rows.map((r) => [
      r.id,
      r.received,
      wordLabel(APPLICANT_TYPES, r.applicant, lang),
      wordLabel(REQUEST_CHANNELS, r.channel, lang),
      opts.short ? truncateDisplay(r.asked.replace(/\s+/g, ' '), 40) : r.asked.trim(),
      r.extendedDue ? `${r.deadline} (${t(lang, 'request.extended-mark')})` : r.deadline,
      requestStateText(r, lang),
      r.outcome ? wordLabel(OUTCOMES, r.outcome, lang) + (r.reason ? `: ${wordLabel(reasonsFor(r.outcome) ?? [], r.reason, lang)}` : '') + (r.answered ? ` ${r.answered}` : '') : '',
    ]),
  };
}

export function renderRequestList(rows: readonly RequestRow[], format: 'table' | 'csv' | 'md', lang: Lang): string {
  if (format === 'csv') return renderGridAsCsv(requestGrid(rows, lang));
  if (format === 'md') return renderGridAsMarkdown(requestGrid(rows, lang));
  return renderGridAsTable(requestGrid(rows, lang, { short: true }));
}
