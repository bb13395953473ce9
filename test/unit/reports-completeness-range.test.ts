/** Where completeness starts without a range: the term the first record belongs to, not the term holding its date. */
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { completenessRange } from '../../src/checks/completeness-periods.js';
import { writeArchive } from '../helpers/archive.js';

const SETTINGS = 'school: 测试小学\nlocale: zh-CN\nterms:\n  - { id: 2025-2026-1, start: 2025-09-01, end: 2026-01-25 }\n';
const FEES = [
  'id: 20250828-001', 'title: 秋季学期收费公示', 'category: fees', 'content: 作业本费每生20元。', 'time: 2025-08-28',
  'form: [fee-board]', 'audience: [parents]', 'timing: before', 'basis: 示发改价格〔2024〕31号', 'responsible: 王建国',
].join('\n') + '\n';

describe('completenessRange with no range', () => {
  it('starts at the term of a fee notice posted before that term starts', () => {
    const root = writeArchive({ 'xwgk.yaml': SETTINGS, 'records/2025/20250828-001.yaml': FEES });
    expect(completenessRange(loadArchive(root), {}, '2025-10-20')).toEqual({ from: '2025-09-01', to: '2026-01-25' });
  });

  it('starts at the term holding the first record when it belongs there', () => {
    const root = writeArchive({ 'xwgk.yaml': SETTINGS, 'records/2025/20251010-001.yaml': FEES.replaceAll('20250828', '20251010').replace('time: 2025-08-28', 'time: 2025-10-10') });
    expect(completenessRange(loadArchive(root), {}, '2025-10-20')).toEqual({ from: '2025-09-01', to: '2026-01-25' });
  });

  it('starts at today\'s term when there is no record', () => {
    const root = writeArchive({ 'xwgk.yaml': SETTINGS });
    expect(completenessRange(loadArchive(root), {}, '2025-10-20').from).toBe('2025-09-01');
  });
});
