/** Test helpers for the named checks: inline records, loaded in memory, and one check run over them. */
import { expect } from 'vitest';
import type { Archive } from '../../src/archive/load.js';
import { loadArchiveFromFiles } from '../../src/archive/load-from-files.js';
import { runChecks, selectChecks } from '../../src/checks/registry.js';
import type { Finding } from '../../src/model/finding.js';
import { resolveRange, type PeriodOptions } from '../../src/model/range.js';
import { recordsInRange } from '../../src/reports/select.js';
import { recordYaml, SETTINGS_ZH } from './archive.js';

/** A record file `{ path: yaml }` with sensible defaults for the keys every record needs. */
export function rec(id: string, category: string, time: string, extra: Record<string, unknown> = {}): Record<string, string> {
  const fields = {
    id,
    title: `测试事项 ${id}`,
    category,
    content: '公开内容。',
    time,
    form: ['board'],
    audience: ['staff'],
    responsible: '王建国',
    ...extra,
  };
  return { [`records/${id.slice(0, 4)}/${id}.yaml`]: recordYaml(fields) };
}

/** Loads an archive from files held in memory (`xwgk.yaml` defaults to a Chinese school), failing the test if any record does not load. */
export function archiveOf(files: Record<string, string | Uint8Array>): Archive {
  const archive = loadArchiveFromFiles({ 'xwgk.yaml': SETTINGS_ZH, ...files });
  expect(archive.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return archive;
}

export type Short = Pick<Finding, 'code' | 'severity'> & Partial<Pick<Finding, 'id' | 'period' | 'category' | 'line'>>;

/** Runs one named check over an archive, as `xwgk check NAME` would. */
export function runCheck(name: string, archive: Archive, opts: PeriodOptions & { today: string }): Finding[] {
  const range = resolveRange(opts, archive.terms, opts.today);
  return runChecks(selectChecks([name]), { archive, range, today: opts.today, records: recordsInRange(archive, range) });
}

/** The parts of a finding the tests compare: code, severity, id, period (those present). */
export function short(findings: readonly Finding[]): Short[] {
  return findings.map((f) => {
    const s: Short = { code: f.code, severity: f.severity };
    if (f.id) s.id = f.id;
    if (f.period) s.period = f.period;
    return s;
  });
}

/** xwgk.yaml with the 2025 National Day holiday and its two moved working days (调休). */
export const NATIONAL_DAY_2025 =
  'school: 测试小学\nlocale: zh-CN\nholidays: [2025-10-01, 2025-10-02, 2025-10-03, 2025-10-04, 2025-10-05, 2025-10-06, 2025-10-07, 2025-10-08]\nworkdays: [2025-09-28, 2025-10-11]\n';
