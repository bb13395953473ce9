/**
 * The completeness report laid out as categories × months, for the summary's matrix (chart and table).
 * A monthly category has a cell in each month; a term or year category has its one cell in the month
 * its disclosure falls due (kept within the term's months), and the other months are `none`.
 */
import type { Catalog } from '../model/catalog.js';
import { monthOf } from '../model/dates.js';
import type { CellStatus, Completeness } from '../checks/completeness-periods.js';

export interface MatrixCell {
  month: string;
  /** `none`: nothing is due for this category in this month. */
  status: CellStatus | 'none';
  /** The period the cell stands for (a month, a term or a school year). */
  period?: string;
}

export interface MatrixRow {
  category: string;
  frequency: string;
  cells: MatrixCell[];
}

export interface CompletenessMatrix {
  months: string[];
  rows: MatrixRow[];
}

export function buildCompletenessMatrix(completeness: Completeness, months: readonly string[], catalog: Catalog): CompletenessMatrix {
  const rows: MatrixRow[] = [];
  const first = months[0] ?? '',
    last = months[months.length - 1] ?? '';
  for (const cell of completeness.cells) {
    const cat = catalog.category(cell.category);
    let row = rows.find((r) => r.category === cell.category);
    if (!row) {
      row = { category: cell.category, frequency: cat?.frequency ?? 'event', cells: months.map((month) => ({ month, status: 'none' })) };
      rows.push(row);
    }
    const dueMonth = monthOf(cell.due);
    const month = cat?.frequency === 'monthly' ? cell.period : dueMonth < first ? first : dueMonth > last ? last : dueMonth;
    const target = row.cells.find((c) => c.month === month);
    if (target) Object.assign(target, { status: cell.status, period: cell.period });
  }
  return { months: [...months], rows };
}
