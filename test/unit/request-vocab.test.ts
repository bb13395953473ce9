/** The register's words read by the one vocabulary reader: ids, labels in both languages, aliases, prefixes. */
import { describe, expect, it } from 'vitest';
import {
  APPEAL_RESULTS,
  APPLICANT_TYPES,
  OUTCOMES,
  REASONS,
  REQUEST_CHANNELS,
  readWord,
  reasonsFor,
} from '../../src/model/request-vocab.js';

describe('readWord', () => {
  it.each([
    [REQUEST_CHANNELS, 'online', 'online'],
    [REQUEST_CHANNELS, '网络', 'online'],
    [REQUEST_CHANNELS, 'ＥＭＡＩＬ', 'online'],
    [REQUEST_CHANNELS, 'By Post', 'post'],
    [REQUEST_CHANNELS, '传', 'fax'],
    [APPLICANT_TYPES, '自然人', 'person'],
    [APPLICANT_TYPES, '律所', 'legal'],
    [APPLICANT_TYPES, 'non-profit', 'nonprofit'],
    [APPLICANT_TYPES, '其他', 'other-org'],
    [OUTCOMES, '部分公开', 'partial'],
    [OUTCOMES, 'not processed', 'not-processed'],
    [OUTCOMES, '公开', 'disclosed'],
    [REASONS.withheld, '第三方', 'third-party'],
    [REASONS.withheld, '国家秘密', 'state-secret'],
    [REASONS['not-processed'], '投诉', 'petition'],
    [REASONS.unavailable, '另行制作', 'needs-making'],
    [APPEAL_RESULTS, '维持', 'upheld'],
  ])('%#: "%s"', (list, value, id) => {
    expect(readWord(list, value)).toEqual({ ok: true, id });
  });

  it('names the candidates when a word could be more than one', () => {
    expect(readWord(OUTCOMES, '不予')).toEqual({
      ok: false,
      reason: 'ambiguous',
      value: '不予',
      candidates: ['withheld', 'not-processed'],
    });
    expect(readWord(REQUEST_CHANNELS, 'email-ish')).toMatchObject({
      ok: false,
      reason: 'unknown',
      candidates: ['in-person', 'post', 'online', 'fax', 'other'],
    });
  });

  it("takes a partial answer's reason from the reasons for withholding", () => {
    expect(reasonsFor('partial')).toBe(REASONS.withheld);
    expect(reasonsFor('disclosed')).toBeUndefined();
  });
});
