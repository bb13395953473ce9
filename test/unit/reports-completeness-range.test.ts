/** Where completeness starts without a range: the term the first record belongs to, not the term holding its date. */
import { describe, expect, it } from 'vitest';
import { loadArchiveFromFiles } from '../../src/archive/load-from-files.js';
import { completenessRange } from '../../src/checks/completeness-periods.js';

const SETTINGS = 'school: 测试小学\nlocale: zh-CN\nterms:\n  - { id: 2025-2026-1, start: 2025-09-01, end: 2026-01-25 }\n';
const FEES =
  [
    'id: 20250828-001',
    'title: 秋季学期收费公示',
    'category: fees',
    'content: 作业本费每生20元。',
    'time: 2025-08-28',
    'form: [fee-board]',
    'audience: [parents]',
    'timing: before',
    'basis: 示发改价格〔2024〕31号',
    'responsible: 王建国',
  ].join('\n') + '\n';

describe('completenessRange with no range', () => {
  it('starts at the term of a fee notice posted before that term starts', () => {
    expect(
      completenessRange(loadArchiveFromFiles({ 'xwgk.yaml': SETTINGS, 'records/2025/20250828-001.yaml': FEES }), {}, '2025-10-20'),
    ).toEqual({ from: '2025-09-01', to: '2026-01-25' });
  });

  it('starts at the term holding the first record when it belongs there', () => {
    expect(
      completenessRange(
        loadArchiveFromFiles({
          'xwgk.yaml': SETTINGS,
          'records/2025/20251010-001.yaml': FEES.replaceAll('20250828', '20251010').replace('time: 2025-08-28', 'time: 2025-10-10'),
        }),
        {},
        '2025-10-20',
      ),
    ).toEqual({ from: '2025-09-01', to: '2026-01-25' });
  });

  it("starts at today's term when there is no record", () => {
    expect(completenessRange(loadArchiveFromFiles({ 'xwgk.yaml': SETTINGS }), {}, '2025-10-20').from).toBe('2025-09-01');
  });
});
