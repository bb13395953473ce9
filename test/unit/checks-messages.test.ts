/** The check and feedback messages: the same placeholders in both languages, and every check listed. */
import { describe, expect, it } from 'vitest';
import * as checks from '../../src/i18n/messages/checks.js';
import * as feedback from '../../src/i18n/messages/feedback.js';
import { CHECKS } from '../../src/checks/registry.js';
import { zhCN } from '../../src/i18n/messages/index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('check messages', () => {
  it.each([['checks', checks], ['feedback', feedback]] as const)('%s: every zh text has an en text with the same placeholders', (_n, m) => {
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
