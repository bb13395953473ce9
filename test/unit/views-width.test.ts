import { describe, expect, it } from 'vitest';
import { centerDisplay, displayWidth, padDisplay, truncateDisplay, wrapDisplay } from '../../src/render/width.js';
import { monthLabel, periodSymbol } from '../../src/render/status.js';

describe('text by display width (CJK two columns)', () => {
  it.each([
    ['padDisplay', padDisplay('财务', 6), '财务  '],
    ['padDisplay wider than asked', padDisplay('财务收支', 4), '财务收支'],
    ['centerDisplay', centerDisplay('9月', 5), ' 9月 '],
    ['truncateDisplay fits', truncateDisplay('财务收支', 8), '财务收支'],
    ['truncateDisplay cuts', truncateDisplay('财务收支情况公开', 9), '财务收支…'],
    ['truncateDisplay joins lines', truncateDisplay('a\n  b', 9), 'a b'],
  ])('%s', (_, got, want) => expect(got).toBe(want));

  it('wraps Chinese anywhere and English at a space', () => {
    expect(wrapDisplay('一二三四五六七', 6)).toEqual(['一二三', '四五六', '七']);
    expect(wrapDisplay('the register of disclosures', 14)).toEqual(['the register', 'of disclosures']);
    expect(wrapDisplay('', 10)).toEqual(['']);
    for (const line of wrapDisplay('领导小组审核：校务公开领导小组 2025-08-26', 11)) expect(displayWidth(line)).toBeLessThanOrEqual(11);
  });
});

describe('status cells', () => {
  it.each([
    [{ status: 'met', ids: ['a'] }, '✓'],
    [{ status: 'met', ids: ['a', 'b', 'c'] }, '3'],
    [{ status: 'missing', ids: [] }, '✗'],
    [{ status: 'pending', ids: [] }, '·'],
  ] as const)('%o is %s', (p, want) => expect(periodSymbol({ status: p.status, ids: [...p.ids] })).toBe(want));

  it('names months in both languages', () => {
    expect([monthLabel('2025-09', 'zh-CN'), monthLabel('2026-01', 'en')]).toEqual(['9月', 'Jan']);
  });
});
