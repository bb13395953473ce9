/** The check and feedback messages: the same placeholders in both languages, and every check listed. */
import { describe, expect, it } from 'vitest';
import * as checks from '../../src/i18n/messages/checks.js';
import * as feedback from '../../src/i18n/messages/feedback.js';
import { CHECKS } from '../../src/checks/registry.js';
import { zhCN } from '../../src/i18n/messages/index.js';
import { messageText, t } from '../../src/i18n/index.js';
import { makeCatalog } from '../../src/model/catalog.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('check messages', () => {
  it.each([
    ['checks', checks],
    ['feedback', feedback],
  ] as const)('%s: every zh text has an en text with the same placeholders', (_n, m) => {
    for (const key of Object.keys(m.zh) as (keyof typeof m.zh)[]) {
      expect([key, placeholders(m.en[key])]).toEqual([key, placeholders(m.zh[key])]);
    }
  });
  it('every registered check has its rule and why in the catalogs', () => {
    const mine = ['schema', 'catalog', 'completeness', 'timeliness', 'approvals', 'feedback', 'attachments', 'privacy'];
    expect(CHECKS.map((c) => c.name).filter((n) => mine.includes(n))).toEqual(mine);
    for (const c of CHECKS) {
      expect(zhCN[c.rule]).toBeTruthy();
      expect(zhCN[c.why]).toBeTruthy();
    }
  });
});

describe('messageText: findings carry ids, readers see names', () => {
  const catalog = makeCatalog(defaultCatalogData());
  const missing = { key: 'check.completeness.missing' as const, params: { category: 'finance', period: '2025-10', due: '2025-11-15' } };
  it('fills {categoryLabel} from the catalog in the reader’s language', () => {
    expect(messageText('zh-CN', missing, catalog)).toBe('2025-10 没有“财务收支”的公开记录（截止 2025-11-15）');
    expect(messageText('en', missing, catalog)).toBe('no disclosure of "Income and spending" for 2025-10 (due 2025-11-15)');
  });
  it('shows the id, never a raw placeholder, without a catalog or for an unknown id', () => {
    expect(t('zh-CN', missing.key, missing.params)).toBe('2025-10 没有“finance”的公开记录（截止 2025-11-15）');
    expect(messageText('en', { ...missing, params: { ...missing.params, category: 'gone' } }, catalog)).toContain('"gone"');
  });
});
