import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { renderSheetsAsXlsx } from '../../src/render/xlsx.js';

describe('renderSheetsAsXlsx', () => {
  it('writes headers, text, numbers and date cells that read back as the same calendar date', async () => {
    const bytes = await renderSheetsAsXlsx([
      {
        name: '台账',
        headers: ['编号', '日期', '金额'],
        rows: [
          ['20250901-001', { date: '2025-09-01' }, 96000],
          ['=1+1', null, 0],
        ],
      },
    ]);
    const rows = await readSheet(Buffer.from(bytes));
    expect(rows[0]).toEqual(['编号', '日期', '金额']);
    expect(rows[1]![0]).toBe('20250901-001');
    const d = rows[1]![1] as unknown as Date;
    expect([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]).toEqual([2025, 9, 1]);
    expect(rows[1]![2]).toBe(96000);
    expect(rows[2]![0]).toBe('=1+1'); // a string cell, not a formula
  });
});
