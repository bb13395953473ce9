/** The request register as a terminal table, CSV or Markdown, labelled in the reader's language. */
import { APPLICANT_TYPES, OUTCOMES, REQUEST_CHANNELS, reasonsFor, wordLabel } from '../model/request-vocab.js';
import type { RequestRow } from '../reports/request-list.js';
import { renderGridAsCsv } from './csv.js';
import { renderGridAsMarkdown, renderGridAsTable } from './grid.js';
import { truncateDisplay } from './width.js';
import type { RenderContext } from './context.js';

/** One request's state in words: 已答复, 逾期答复 (3 个工作日), 办理中（剩 5 个工作日）, 已逾期 …. */
export function requestStateText(view: RenderContext, r: Pick<RequestRow, 'state' | 'workingDays'>): string {
  return view.t(`request.state.${r.state}`, { n: r.workingDays });
}

export function requestGrid(view: RenderContext, rows: readonly RequestRow[], opts: { short?: boolean } = {}) {
  const { lang } = view;
  const headers = ['id', 'received', 'applicant', 'channel', 'asked', 'deadline', 'state', 'outcome'].map((h) =>
    view.t(`request.col.${h}` as 'request.col.id'),
  );
  return {
    headers,
    rows: rows.map((r) => [
      r.id,
      r.received,
      wordLabel(APPLICANT_TYPES, r.applicant, lang),
      wordLabel(REQUEST_CHANNELS, r.channel, lang),
      opts.short ? truncateDisplay(r.asked.replace(/\s+/g, ' '), 40) : r.asked.trim(),
      r.extendedDue ? `${r.deadline} (${view.t('request.extended-mark')})` : r.deadline,
      requestStateText(view, r),
      r.outcome
        ? wordLabel(OUTCOMES, r.outcome, lang) +
          (r.reason ? `: ${wordLabel(reasonsFor(r.outcome) ?? [], r.reason, lang)}` : '') +
          (r.answered ? ` ${r.answered}` : '')
        : '',
    ]),
  };
}

export function renderRequestList(
  view: RenderContext,
  rows: readonly RequestRow[],
  format: 'table' | 'csv' | 'md',
  width?: number,
): string {
  if (format === 'csv') return renderGridAsCsv(requestGrid(view, rows));
  if (format === 'md') return renderGridAsMarkdown(requestGrid(view, rows));
  return renderGridAsTable(requestGrid(view, rows, { short: true }), { ...(width ? { maxWidth: width } : {}) });
}
