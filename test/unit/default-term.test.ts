/** The holiday default (issue 11, part 2): summary, status and audit never default to a term that has not started. */
import { describe, expect, it } from 'vitest';
import { defaultReportTerm } from '../../src/model/default-term.js';
import { Terms } from '../../src/model/terms.js';
import { cli, FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';

const CONFIGURED = new Terms({
  terms: [
    { id: '2025-2026-1', start: '2025-09-01', end: '2026-01-25' },
    { id: '2025-2026-2', start: '2026-02-23', end: '2026-07-10' },
    { id: '2026-2027-1', start: '2026-08-31', end: '2027-01-22' },
  ],
});
const DEFAULT = new Terms({ terms: [] });

describe('defaultReportTerm', () => {
  const none = () => false,
    some = () => true;
  it.each([
    // [terms, today, has records, expected term, reason]
    ['configured: the first day of a term, no records yet', CONFIGURED, '2026-02-23', none, '2025-2026-1', 'early'],
    ['configured: the 30th day of a term (29 days after its start), no records', CONFIGURED, '2026-03-24', none, '2025-2026-1', 'early'],
    ['configured: 30 days after a term started, no records', CONFIGURED, '2026-03-25', none, '2025-2026-2', 'current'],
    ['configured: the first day of a term with records', CONFIGURED, '2026-02-23', some, '2025-2026-2', 'current'],
    ['configured: the last day of a term', CONFIGURED, '2026-07-10', some, '2025-2026-2', 'current'],
    ['configured: the summer gap', CONFIGURED, '2026-07-20', some, '2025-2026-2', 'between'],
    ['configured: the winter gap', CONFIGURED, '2026-02-01', some, '2025-2026-1', 'between'],
    ['configured: the day before a term starts', CONFIGURED, '2026-08-30', some, '2025-2026-2', 'between'],
    ['default rule: the last day of term 2', DEFAULT, '2026-08-31', none, '2025-2026-2', 'current'],
    ['default rule: the first day of term 1, no records', DEFAULT, '2026-09-01', none, '2025-2026-2', 'early'],
    ['default rule: the first day of term 1 with records', DEFAULT, '2026-09-01', some, '2026-2027-1', 'current'],
    ['default rule: mid-term', DEFAULT, '2026-11-15', none, '2026-2027-1', 'current'],
    ['default rule: February 1, no records', DEFAULT, '2027-02-01', none, '2026-2027-1', 'early'],
  ] as const)('%s', (_name, terms, today, has, id, reason) => {
    const chosen = defaultReportTerm(terms, today, has);
    expect({ id: chosen.term.id, reason: chosen.reason }).toEqual({ id, reason });
    expect(chosen.term.start <= today).toBe(true);
  });
});

describe('the commands', () => {
  const settings =
    'school: 测试小学\nlocale: zh-CN\nterms:\n  - { id: 2025-2026-1, start: 2025-09-01, end: 2026-01-25 }\n  - { id: 2025-2026-2, start: 2026-02-23, end: 2026-07-10 }\n';
  const root = writeArchive({
    'xwgk.yaml': settings,
    'records/2026/20260410-001.yaml': recordYaml({ ...FINANCE, id: '20260410-001', time: '2026-04-10' }),
  });
  it.each([['summary'], ['status'], ['audit']])('%s in the summer holiday takes the term that just ended and says so', async (cmd) => {
    const r = await cli(['--archive', root, cmd, '--today', '2026-07-20', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('默认取刚结束的学期 2025-2026-2（2026-2027-1 于 2026-09-01 开学，尚未开始）；指定学期：--term\n');
    const json = JSON.parse(r.stdout);
    expect(cmd === 'audit' ? json.range.term : json.term.id).toBe('2025-2026-2');
  });
  it('in English too, and --term current keeps its meaning (the term holding today)', async () => {
    const r = await cli(['--archive', root, '--lang', 'en', 'summary', '--today', '2026-07-20', '--format', 'json']);
    expect(r.stderr).toBe('showing the term that just ended, 2025-2026-2 (2026-2027-1 starts on 2026-09-01); to choose: --term\n');
    const current = await cli(['--archive', root, 'status', '--term', 'current', '--today', '2026-07-20', '--format', 'json']);
    expect(JSON.parse(current.stdout).term.id).toBe('2026-2027-1');
    expect(current.stderr).toBe('');
  });
  it("says nothing when the default is today's term", async () => {
    const r = await cli(['--archive', root, 'status', '--today', '2026-05-20', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).term.id).toBe('2025-2026-2');
  });
});

describe('the sample archive in the summer holiday (npm start), as a real process', () => {
  it.each([
    ['zh-CN', '默认取刚结束的学期 2025-2026-2', '# 示例市实验小学2025—2026学年第二学期校务公开工作总结'],
    ['en', 'showing the term that just ended, 2025-2026-2', '2025–2026 school year, second term'],
  ])("summary without --term (%s) is the spring term's", async (lang, said, title) => {
    const { spawnCli, REPO } = await import('../helpers/archive.js');
    const r = spawnCli(['--archive', `${REPO}/archive`, '--lang', lang, 'summary', '--today', '2026-07-20']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(said);
    expect(r.stdout.split('\n')[0]).toContain(title);
  });
});
