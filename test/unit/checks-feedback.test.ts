/** `feedback`: every opinion answered within feedback_days calendar days; no answer before its opinion. */
import { describe, expect, it } from 'vitest';
import { opinionState } from '../../src/model/feedback.js';
import { archiveOf, rec, runCheck, short } from '../helpers/checks.js';

const opinion = (received: string, responded?: string) => ({
  received,
  channel: 'opinion-box',
  summary: '希望公开食堂账目明细',
  ...(responded ? { response: '已在公开栏补充明细', responded } : {}),
});
const withFeedback = (id: string, feedback: unknown[]) =>
  rec(id, 'other', `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}`, { feedback });
const SEVEN_DAYS = 'school: 测试小学\nfeedback_days: 7\n';

describe('feedback', () => {
  it('passes an opinion answered on the last allowed day (15 calendar days by default)', () => {
    expect(
      runCheck('feedback', archiveOf(withFeedback('20251010-001', [opinion('2025-10-12', '2025-10-27')])), { today: '2025-12-01' }),
    ).toEqual([]);
  });

  it('reports each kind of problem, numbering opinions from 1', () => {
    const archive = archiveOf({
      ...withFeedback('20251010-001', [
        opinion('2025-10-12', '2025-10-28'), // answered a day late
        opinion('2025-10-20', '2025-10-19'), // answered before it came in
        opinion('2025-11-01'), // open for 19 days: overdue
        opinion('2025-11-10'), // open for 10 days: still within the limit
      ]),
    });
    const findings = runCheck('feedback', archive, { today: '2025-11-20' });
    expect(short(findings)).toEqual([
      { code: 'feedback.late', severity: 'warning', id: '20251010-001' }, // answered: nothing left to put right
      { code: 'feedback.answer-before-opinion', severity: 'error', id: '20251010-001' },
      { code: 'feedback.overdue', severity: 'error', id: '20251010-001' },
      { code: 'feedback.open', severity: 'warning', id: '20251010-001' },
    ]);
    expect(findings.map((f) => f.message.params)).toEqual([
      { id: '20251010-001', n: 1, received: '2025-10-12', limit: 15, deadline: '2025-10-27', responded: '2025-10-28', days: 16 },
      { id: '20251010-001', n: 2, received: '2025-10-20', limit: 15, deadline: '2025-11-04', responded: '2025-10-19' },
      { id: '20251010-001', n: 3, received: '2025-11-01', limit: 15, deadline: '2025-11-16', days: 19 },
      { id: '20251010-001', n: 4, received: '2025-11-10', limit: 15, deadline: '2025-11-25', left: 5 },
    ]);
    expect(findings[2]).toMatchObject({
      file: 'records/2025/20251010-001.yaml',
      line: 9,
      hint: { key: 'hint.feedback.respond', params: { n: 3 } },
    });
  });

  it('reads feedback_days from xwgk.yaml, and an open opinion turns overdue the day after the limit', () => {
    const archive = archiveOf({ 'xwgk.yaml': SEVEN_DAYS, ...withFeedback('20251010-001', [opinion('2025-11-01')]) });
    expect(short(runCheck('feedback', archive, { today: '2025-11-08' }))).toEqual([
      { code: 'feedback.open', severity: 'warning', id: '20251010-001' },
    ]);
    expect(short(runCheck('feedback', archive, { today: '2025-11-09' }))).toEqual([
      { code: 'feedback.overdue', severity: 'error', id: '20251010-001' },
    ]);
  });

  it('still checks the opinions on a withdrawn record: taking it down answers nobody', () => {
    const archive = archiveOf(
      rec('20251010-001', 'other', '2025-10-10', {
        status: 'withdrawn',
        withdrawn: { on: '2025-10-11', reason: '重发' },
        feedback: [opinion('2025-10-10')],
      }),
    );
    expect(short(runCheck('feedback', archive, { today: '2025-11-20' }))).toEqual([
      { code: 'feedback.overdue', severity: 'error', id: '20251010-001' },
    ]);
  });
});

describe('opinionState (shared with status and the summary)', () => {
  it.each([
    [{ received: '2025-10-12', responded: '2025-10-27' }, '2025-12-01', 'answered'],
    [{ received: '2025-10-12', responded: '2025-10-28' }, '2025-12-01', 'late'],
    [{ received: '2025-10-12', responded: '2025-10-11' }, '2025-12-01', 'answer-before-opinion'],
    [{ received: '2025-10-12' }, '2025-10-27', 'open'],
    [{ received: '2025-10-12' }, '2025-10-28', 'overdue'],
    [{ received: '2025-12-25' }, '2026-01-10', 'overdue'],
  ])('%j on %s is %s', (opinion, today, state) => {
    expect(opinionState(opinion, 15, today).state).toBe(state);
  });
});

describe('a late answer (issue 11)', () => {
  it('is a warning: check exits 0 and says so, and the summary still counts it as late', async () => {
    const { cli, FINANCE, recordYaml, writeArchive } = await import('../helpers/archive.js');
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml({
        ...FINANCE,
        feedback: '[{received: 2025-10-12, channel: opinion-box, summary: 菜价, response: 已公布, responded: 2025-10-30}]',
      }),
    });
    const r = await cli(['--archive', root, '--lang', 'zh-CN', 'check', 'feedback', '--today', '2025-12-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('警告 [feedback.late]：第 1 条意见于 2025-10-12 收到，2025-10-30 才答复，用了 18 天（限 15 天）');
    const summary = await cli(['--archive', root, '--lang', 'zh-CN', 'summary', '--term', '2025-2026-1', '--today', '2026-02-10']);
    expect(summary.stdout).toContain('已答复1条（其中1条答复超过15天的期限）');
    const en = await cli(['--archive', root, '--lang', 'en', 'check', 'feedback', '--today', '2025-12-01']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      'warning [feedback.late]: opinion 1, received 2025-10-12, was answered on 2025-10-30, after 18 days (limit 15)',
    );
    const enSummary = await cli(['--archive', root, '--lang', 'en', 'summary', '--term', '2025-2026-1', '--today', '2026-02-10']);
    expect(enSummary.stdout).toContain('1 was answered (1 later than the 15 days allowed)');
  });
});
