/**
 * The register (台账) as a workbook a supervisor prints: the register itself, the gaps (required
 * disclosures not made) and the findings of the checks, each sheet under title rows naming the school,
 * the sheet, the period and the day printed. Also the gaps as a grid for the table and Markdown formats.
 */
import type { Catalog } from '../model/catalog.js';
import { messageText, t, type Lang } from '../i18n/index.js';
import { defaultTermName } from '../model/terms.js';
import type { AuditReport } from '../reports/audit.js';
import type { Grid } from './grid.js';
import { auditSheet } from './audit.js';
import { summaryFormatters } from './summary-templates.js';
import type { Sheet } from './xlsx.js';

/** "期间：2025年9月1日至2026年1月31日（2025—2026学年第一学期）　打印日期：2026年3月1日". */
function titleRows(report: AuditReport, lang: Lang, title: string): string[] {
  const f = summaryFormatters(lang);
  const { from, to, term } = report.range;
  const dates = from && to ? `${f.day(from)}${lang === 'en' ? ' to ' : '至'}${f.day(to)}` : '';
  const period = term
    ? dates
      ? `${dates}${lang === 'en' ? ` (${defaultTermName(term, lang)})` : `（${defaultTermName(term, lang)}）`}`
      : defaultTermName(term, lang)
    : dates;
  const line = `${period ? t(lang, 'register.period', { period }) : t(lang, 'register.period-all')}${lang === 'en' ? '    ' : '　　'}${t(lang, 'register.printed', { date: f.day(report.today) })}`;
  return [title, line];
}

const categoryLabel = (catalog: Catalog, lang: Lang, id: string) => catalog.category(id)?.label[lang] ?? id;

/** The gaps as text cells: category, period, due date, status. */
export function gapsGrid(report: AuditReport, catalog: Catalog, lang: Lang): Grid {
  const f = summaryFormatters(lang);
  return {
    headers: [
      t(lang, 'audit.col.category'),
      t(lang, 'register.col.period'),
      t(lang, 'register.col.due'),
      t(lang, 'register.col.gap-status'),
    ],
    rows: report.gaps.map((g) => [
      categoryLabel(catalog, lang, g.category),
      f.period(g.period),
      g.due,
      t(lang, `register.gap.${g.status}`),
    ]),
  };
}

/** The three sheets of the register workbook. */
export function registerSheets(report: AuditReport, catalog: Catalog, lang: Lang): Sheet[] {
  const school = report.school;
  const footer = t(lang, 'register.footer');
  const register: Sheet = {
    ...auditSheet(report, catalog, lang),
    title: titleRows(report, lang, t(lang, 'register.title', { school })),
    footer,
  };
  const gapsText = gapsGrid(report, catalog, lang);
  const gaps: Sheet = {
    name: t(lang, 'register.gaps.sheet'),
    headers: gapsText.headers,
    rows: report.gaps.map((g, i) => [gapsText.rows[i]![0]!, gapsText.rows[i]![1]!, { date: g.due }, gapsText.rows[i]![3]!]),
    title: titleRows(report, lang, t(lang, 'register.gaps.title', { school })),
    footer,
  };
  const findings: Sheet = {
    name: t(lang, 'register.findings.sheet'),
    headers: [
      t(lang, 'register.col.check'),
      t(lang, 'register.col.severity'),
      t(lang, 'audit.col.id'),
      t(lang, 'register.col.period'),
      t(lang, 'register.col.file'),
      t(lang, 'register.col.line'),
      t(lang, 'register.col.message'),
      t(lang, 'register.col.hint'),
      t(lang, 'register.col.code'),
    ],
    rows: report.findings.map((x) => [
      t(lang, `register.check.${x.check}` as 'register.check.schema'),
      // A cell, not the start of a stderr line: Error, Warning in English.
      capitalized(t(lang, x.severity === 'error' ? 'label.error' : 'label.warning')),
      x.id ?? null,
      x.period ? summaryFormatters(lang).period(x.period) : null,
      x.file ?? null,
      x.line ?? null,
      messageText(lang, x.message, catalog),
      x.hint ? messageText(lang, x.hint, catalog) : null,
      x.code,
    ]),
    hidden: [8],
    title: titleRows(report, lang, t(lang, 'register.findings.title', { school })),
    footer,
  };
  return [register, gaps, findings];
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
