/**
 * The term status as text for a terminal: a matrix that fits 100 columns (CJK counted two wide),
 * readable without colour (✓ ✗ · and counts carry the meaning; colour only underlines it), then the
 * items due next and the open opinions. JSON is the report itself.
 */
import { ratePercent } from './percent.js';
import { catalogLabel, type RenderContext, type Style } from './context.js';
import type { Lang } from '../i18n/index.js';
import type { ArchiveSettings } from '../archive/load.js';
import { isRecurring } from '../model/due.js';
import { defaultTermName } from '../model/terms.js';
import { describeDue } from './catalog.js';
import type { StatusPeriod, StatusReport } from '../reports/status.js';
import { centerDisplay as center, displayWidth, padDisplay, truncateDisplay } from './width.js';

/** The width the text is laid out for: a classic 100-column terminal. */
export const STATUS_WIDTH = 100;
const CELL = 5;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthLabel(month: string, lang: Lang): string {
  const m = Number(month.slice(5, 7));
  return lang === 'en' ? EN_MONTHS[m - 1]! : `${m}月`;
}

/** The symbol of a period: ✓ once, the count when several, ✗ overdue, · not yet due. */
export function periodSymbol(p: Pick<StatusPeriod, 'status' | 'ids'>): string {
  if (p.status === 'met') return p.ids.length > 1 ? String(p.ids.length) : '✓';
  return p.status === 'missing' ? '✗' : '·';
}

function paint(style: Style, symbol: string, padded: string): string {
  const colour = symbol === '✗' ? style.red : symbol === '·' ? style.dim : style.green;
  return padded.replace(symbol, colour(symbol));
}

export function renderStatusAsText(ctx: RenderContext, archive: ArchiveSettings, report: StatusReport): string {
  const term = report.term;
  // A configured term keeps its own name; a default one is named in the reader's language.
  const termName = archive.terms.byId(term.id).configured ? term.name : defaultTermName(term.id, ctx.lang);
  const { required, met, rate } = report.completeness;
  return [
    ctx.style.bold(ctx.t('status.heading', { school: report.school, term: termName, start: term.start, end: term.end })),
    required === 0
      ? ctx.t('status.today-none', { today: report.today })
      : ctx.t('status.today', { today: report.today, required, met, rate: ratePercent(rate) }),
    '',
    ...matrixLines(ctx, archive, report),
    '',
    ...upcomingLines(ctx, archive, report),
    '',
    ...feedbackLines(ctx, archive, report),
  ].join('\n');
}

const categoryLabel = (archive: ArchiveSettings, lang: Lang, id: string) => catalogLabel(archive.catalog, 'category', id, lang);

/** Category | one column per month | Due (the rule of a monthly category, the date of a term or year item). */
function matrixLines(ctx: RenderContext, archive: ArchiveSettings, report: StatusReport): string[] {
  if (report.rows.length === 0) return [ctx.t('status.no-required')];
  const label = (id: string) => categoryLabel(archive, ctx.lang, id);
  const dueText = report.rows.map((row) => {
    if (row.frequency === 'monthly') {
      const cat = archive.catalog.category(row.category);
      return cat && isRecurring(cat) ? describeDue(cat.due, ctx.lang) : '';
    }
    return row.periods.map((p) => (p.month === null ? `${periodSymbol(p)} ${p.due}` : p.due)).join(' ');
  });
  const dueWidth = Math.max(displayWidth(ctx.t('status.col.due')), ...dueText.map(displayWidth));
  const budget = STATUS_WIDTH - report.months.length * CELL - dueWidth - 2;
  const labelWidth =
    Math.min(budget, Math.max(displayWidth(ctx.t('status.col.category')), ...report.rows.map((r) => displayWidth(label(r.category))))) + 1;
  const lines = [
    ctx.style.bold(
      (
        padDisplay(ctx.t('status.col.category'), labelWidth) +
        report.months.map((m) => center(monthLabel(m, ctx.lang), CELL)).join('') +
        ' ' +
        ctx.t('status.col.due')
      ).trimEnd(),
    ),
  ];
  report.rows.forEach((row, i) => {
    const cells = report.months.map((m) => {
      const here = row.periods.filter((p) => p.month === m);
      if (here.length === 0) return ' '.repeat(CELL);
      const symbol = here.map(periodSymbol).join('');
      return paint(ctx.style, symbol, center(symbol, CELL));
    });
    const outside = row.periods.find((p) => p.month === null);
    const dueCell = outside ? paint(ctx.style, periodSymbol(outside), dueText[i]!) : ctx.style.dim(dueText[i]!);
    lines.push((padDisplay(truncateDisplay(label(row.category), labelWidth - 1), labelWidth) + cells.join('') + ' ' + dueCell).trimEnd());
  });
  lines.push(ctx.style.dim(ctx.t('status.legend')), ctx.style.dim(ctx.t('status.legend-note')));
  return lines;
}

function upcomingLines(ctx: RenderContext, archive: ArchiveSettings, report: StatusReport): string[] {
  const { upcoming } = report;
  const when = (days: number) => (days === 0 ? ctx.t('status.due-today') : ctx.t('status.due-in', { n: days }));
  const lines = [ctx.style.bold(ctx.t('status.upcoming', { days: upcoming.days, from: upcoming.from, to: upcoming.to }))];
  const other = upcoming.other ?? [];
  if (upcoming.items.length === 0 && other.length === 0) lines.push(`  ${ctx.t('status.none')}`);
  // Requests and the annual report take their place among the periods, by due date.
  const items = [
    ...upcoming.items.map((u) => ({
      due: u.due,
      days: u.days,
      overdue: false,
      text: `${categoryLabel(archive, ctx.lang, u.category)} ${u.period}`,
    })),
    ...other.map((o) => ({
      due: o.due,
      days: o.days,
      overdue: o.overdue,
      text:
        o.kind === 'request'
          ? ctx.t('status.request-item', { id: o.id, received: o.received })
          : ctx.t('status.report-item', { year: o.year }),
    })),
  ].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const whenText = (i: { days: number; overdue: boolean }) => (i.overdue ? ctx.t('status.overdue-by', { n: -i.days }) : when(i.days));
  const whenWidth = Math.max(0, ...items.map((i) => displayWidth(whenText(i))));
  for (const i of items) {
    const head = `  ${i.due}  ${padDisplay(whenText(i), whenWidth)}  `;
    const line = head + truncateDisplay(i.text, STATUS_WIDTH - displayWidth(head));
    lines.push(i.overdue ? line.replace(whenText(i), ctx.style.red(whenText(i))) : line);
  }
  return lines;
}

function feedbackLines(ctx: RenderContext, archive: ArchiveSettings, report: StatusReport): string[] {
  const open = report.openFeedback;
  const lines = [ctx.style.bold(ctx.t('status.feedback', { n: open.length }))];
  if (open.length === 0) return [...lines, `  ${ctx.t('status.none')}`];
  const ages = open.map((f) => ctx.t(f.overdue ? 'status.age-overdue' : 'status.age', { n: f.age }));
  const ageWidth = Math.max(...ages.map(displayWidth));
  open.forEach((f, i) => {
    const channel = catalogLabel(archive.catalog, 'channel', f.channel, ctx.lang);
    const head = `  ${f.received}  ${padDisplay(ages[i]!, ageWidth)}  `;
    const item = truncateDisplay(
      ctx.t('status.feedback-item', { id: f.id, n: f.n, channel, summary: f.summary }),
      STATUS_WIDTH - displayWidth(head),
    );
    lines.push(head.replace(ages[i]!, f.overdue ? ctx.style.red(ages[i]!) : ages[i]!) + item);
  });
  lines.push(ctx.style.dim(`  ${ctx.t('status.feedback-hint', { days: archive.config.feedback_days })}`));
  return lines;
}
