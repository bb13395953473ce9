/** `catalog`: the category is in force, and the record has what its category requires. */
import type { LoadedRecord } from '../archive/load.js';
import type { Catalog } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { APPROVAL_KEYS, approvalFindings } from './approvals.js';
import type { Check } from './types.js';

export const catalogCheck: Check = {
  name: 'catalog',
  rule: 'check.catalog.rule',
  why: 'check.catalog.why',
  run: (ctx) => ctx.records.flatMap((loaded) => catalogRuleFindings(loaded, ctx.archive.catalog)),
};

/**
 * What the catalog asks of one record, approvals included: shown by `add` and `amend` as warnings
 * when they write.
 */
export function catalogFindings(loaded: Pick<LoadedRecord, 'record' | 'file' | 'lines'>, catalog: Catalog): Finding[] {
  return [...catalogRuleFindings(loaded, catalog), ...approvalFindings(loaded, catalog)];
}

/** The `catalog` check's findings for one record. Missing approvals are the `approvals` check's, reported once. */
export function catalogRuleFindings(
  { record: r, file, lines }: Pick<LoadedRecord, 'record' | 'file' | 'lines'>,
  catalog: Catalog,
): Finding[] {
  const findings: Finding[] = [];
  const cat = catalog.category(r.category);
  if (!cat) return findings;
  const at = (key: string) => ({ id: r.id, file, line: lines[key] ?? 1, category: r.category });
  if (catalog.disabled.has(cat.id)) {
    findings.push({
      check: 'catalog',
      code: 'catalog.disabled',
      severity: 'warning',
      ...at('category'),
      message: { key: 'check.catalog.disabled', params: { category: cat.id } },
      hint: { key: 'hint.catalog.disabled' },
    });
  }
  if (r.status === 'withdrawn') return findings;
  for (const key of cat.requires) {
    if (r[key] !== undefined || (APPROVAL_KEYS as readonly string[]).includes(key)) continue;
    findings.push({
      check: 'catalog',
      code: 'catalog.missing-field',
      severity: 'error',
      ...at('id'),
      message: { key: 'check.catalog.missing-field', params: { field: key, category: cat.id } },
      hint: { key: 'hint.catalog.missing-field', params: { field: key, id: r.id } },
    });
  }
  if (cat.timing && !r.timing) {
    findings.push({
      check: 'catalog',
      code: 'catalog.missing-timing',
      severity: 'warning',
      ...at('id'),
      message: { key: 'check.catalog.missing-field', params: { field: 'timing', category: cat.id } },
      hint: { key: 'hint.catalog.missing-field', params: { field: 'timing', id: r.id } },
    });
  }
  if (cat.requires_form.length > 0 && !r.form.some((f) => cat.requires_form.includes(f))) {
    findings.push({
      check: 'catalog',
      code: 'catalog.form',
      severity: 'error',
      ...at('form'),
      message: { key: 'check.catalog.form', params: { category: cat.id, forms: cat.requires_form.join(', ') } },
      hint: { key: 'hint.catalog.form', params: { forms: cat.requires_form.join(', ') } },
    });
  }
  const missingAudience = cat.audience.filter((a) => !r.audience.includes(a));
  if (missingAudience.length > 0) {
    findings.push({
      check: 'catalog',
      code: 'catalog.audience',
      severity: 'warning',
      ...at('audience'),
      message: { key: 'check.catalog.audience', params: { category: cat.id, audience: missingAudience.join(', ') } },
      hint: { key: 'hint.catalog.audience' },
    });
  }
  return findings;
}
