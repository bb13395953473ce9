/**
 * The 封存凭证 (seal certificate): one page of plain text to print, sign and stamp and keep in the paper
 * file. It carries what an inspector needs to check the archive later — the school, the term, how many
 * records, the full digest and its short form, the chain head — and the lines for signatures and the stamp.
 */
import type { RenderContext } from './context.js';
import { displayWidth } from './grid.js';
import { groupedDigest, shortDigest, type SealEntry } from '../model/chain.js';
import type { Term } from '../model/terms.js';
import { DEFAULT_TIME_ZONE, zonedParts } from '../model/time-zone.js';

/** `2026-12-01 14:25:55 (Asia/Shanghai)`: the zone named, so the paper copy is unambiguous. */
function localTime(iso: string, tz: string): string {
  const { date, time } = zonedParts(iso, tz);
  return `${date} ${time} (${tz})`;
}

export interface CertificateData {
  school: string;
  term: Term;
  seal: SealEntry;
  /** The date printed on the certificate (today, or `--today`). */
  date: string;
  /** The archive's time zone: the journal's UTC instant is shown as the local wall-clock time. */
  timezone?: string;
}

function center(text: string, width: number): string {
  return ' '.repeat(Math.max(0, Math.floor((width - displayWidth(text)) / 2))) + text;
}

export function renderSealCertificate(ctx: RenderContext, d: CertificateData): string {
  const width = 72;
  const rule = '═'.repeat(width);
  const ids = d.seal.records;
  const t = (key: Parameters<RenderContext['t']>[0], params?: Record<string, string | number>) => ctx.t(key, params);
  const lines = [
    rule,
    center(t('cert.title'), width),
    rule,
    '',
    `${t('cert.school')}${d.school}`,
    `${t('cert.term')}${t('cert.term-value', { name: d.term.name, id: d.term.id, start: d.term.start, end: d.term.end })}`,
    `${t('cert.records')}${t('cert.records-value', { n: ids.length, first: ids[0] ?? '—', last: ids[ids.length - 1] ?? '—' })}`,
    `${t('cert.sealed-at')}${t('cert.sealed-at-value', { seq: d.seal.seq, time: localTime(d.seal.time, d.timezone ?? DEFAULT_TIME_ZONE) })}`,
    '',
    t('cert.digest'),
    ...groupedDigest(d.seal.digest).map((l) => `    ${l}`),
    `${t('cert.short')}${shortDigest(d.seal.digest)}`,
    '',
    `${t('cert.head')}`,
    `    ${d.seal.prev}`,
    '',
    t('cert.how'),
    `    xwgk verify --digest ${d.seal.digest}`,
    t('cert.how-note'),
    '',
    `${t('cert.date')}${d.date}`,
    '',
    `${t('cert.sign-clerk')}____________________    ${t('cert.sign-date')}______________`,
    '',
    `${t('cert.sign-lead')}____________________    ${t('cert.sign-date')}______________`,
    '',
    `${t('cert.sign-supervision')}____________________    ${t('cert.sign-date')}______________`,
    '',
    `${' '.repeat(44)}${t('cert.stamp')}`,
    rule,
  ];
  return `${lines.join('\n')}\n`;
}
