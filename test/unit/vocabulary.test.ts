/** The one normaliser (model/vocabulary.ts, model/date-input.ts), table-driven, and its messages in both languages. */
import { describe, expect, it } from 'vitest';
import { messageText } from '../../src/i18n/index.js';
import { makeCatalog, mergeCatalog } from '../../src/model/catalog.js';
import { readDateInput } from '../../src/model/date-input.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';
import { normalize, normalizeAmong, vocabProblem, type VocabKind } from '../../src/model/vocabulary.js';
import { ACCEPTED, REFUSED } from '../helpers/vocabulary-table.js';

const catalog = makeCatalog(defaultCatalogData());
const kinds = Object.keys(ACCEPTED).filter((k) => k !== 'date') as VocabKind[];

describe.each(kinds)('normalize(%s)', (kind) => {
  it.each(ACCEPTED[kind])('reads %s as %s', (text, id) => {
    expect(normalize(kind, text, catalog)).toEqual({ ok: true, id });
  });
  it.each(REFUSED[kind])('refuses %s (%s), naming the candidates', (text, reason, some) => {
    const r = normalize(kind, text, catalog);
    expect(r).toMatchObject({ ok: false, reason, value: text });
    if (!r.ok) for (const id of some) expect(r.candidates).toContain(id);
  });
});

describe('dates as typed', () => {
  it.each(ACCEPTED.date)('reads %s as %s', (text, iso) => expect(readDateInput(text)).toBe(iso));
  it.each(REFUSED.date)('refuses %s', (text) => expect(readDateInput(text)).toBeUndefined());
  it('keeps a clock time only where one is allowed', () => {
    expect(readDateInput('2025/9/5 10:30', true)).toBe('2025-09-05T10:30');
    expect(readDateInput('2025-09-05T10:30:00+08:00', true)).toBe('2025-09-05T10:30:00+08:00');
    expect(readDateInput('2025/9/5 10:30')).toBeUndefined();
    expect(readDateInput('2025/9/5 25:30', true)).toBeUndefined();
  });
});

describe("the refusal, in the reader's language", () => {
  const text = (kind: VocabKind, value: string, lang: 'zh-CN' | 'en') => {
    const r = normalize(kind, value, catalog);
    if (r.ok) throw new Error('expected a refusal');
    const { message, hint } = vocabProblem(kind, r, catalog, `--${kind}`);
    return `${messageText(lang, message, catalog)} | ${messageText(lang, hint, catalog)}`;
  };
  it('lists candidates as label (id), never bare ids in Chinese', () => {
    expect(text('form', '教职工', 'zh-CN')).toBe(
      '--form 的值“教职工”不唯一，可能是：教职工代表大会 (congress)、教职工大会 (staff-meeting) | 写得更完整些，或写出其中一项的全称或编号（括号里的）',
    );
    expect(text('form', '教职工', 'en')).toBe(
      '--form: "教职工" could mean more than one: Staff congress (congress), All-staff meeting (staff-meeting) | write more of it, or one of them in full or by its id (in brackets)',
    );
    const zh = text('category', 'xyz', 'zh-CN');
    expect(zh).toContain('未知的公开类别“xyz”');
    expect(zh).toContain('财务收支 (finance)、');
    expect(text('status', 'draft', 'zh-CN')).toBe('状态“draft”无效 | 可用的值：已公开 (published)、已撤回 (withdrawn)');
    expect(text('timing', 'aftre', 'en')).toBe('the timing "aftre" is not valid | did you mean after? Valid values: before, during, after');
  });
});

describe('aliases from xwgk.yaml', () => {
  it("adds an archive's own words and refuses an alias for an unknown id", () => {
    const { catalog: own, issues } = mergeCatalog(defaultCatalogData(), {
      categories: [],
      forms: [],
      channels: [],
      disable: [],
      aliases: { forms: { 宣传橱窗: 'board' }, categories: { 月报: 'finance' } },
    });
    expect(issues).toEqual([]);
    expect(normalize('form', '宣传橱窗', own)).toEqual({ ok: true, id: 'board' });
    expect(normalize('category', '月报', own)).toEqual({ ok: true, id: 'finance' });
    // The default catalog is shared: another archive does not get these words.
    expect(normalize('form', '宣传橱窗', catalog).ok).toBe(false);
    const bad = mergeCatalog(defaultCatalogData(), {
      categories: [],
      forms: [],
      channels: [],
      disable: [],
      aliases: { forms: { 黑板: 'blackboard' } },
    });
    expect(bad.issues).toEqual([
      { path: ['catalog', 'aliases', 'forms', '黑板'], message: 'err.alias-unknown', params: { id: 'blackboard', kind: 'forms' } },
    ]);
  });
  it('never offers a disabled category by prefix', () => {
    const { catalog: own } = mergeCatalog(defaultCatalogData(), {
      categories: [],
      forms: [],
      channels: [],
      disable: ['fees'],
      aliases: undefined,
    });
    expect(normalize('category', '收费', own)).toEqual({ ok: true, id: 'fees' });
    expect(normalize('category', '收', own)).toMatchObject({ ok: false, reason: 'unknown' });
  });
});

describe("normalizeAmong (a register's own words)", () => {
  const words = [
    { id: 'post', label: { 'zh-CN': '邮寄', en: 'by post' }, aliases: ['信件'] },
    { id: 'online', label: { 'zh-CN': '网络', en: 'online' }, aliases: [] },
    { id: 'other', label: { 'zh-CN': '其他', en: 'other' }, aliases: [] },
  ];
  it.each([
    ['post', 'post'],
    ['邮寄', 'post'],
    ['信件', 'post'],
    ['By Post', 'post'],
    ['网', 'online'],
    ['o', undefined],
  ])('%s → %s', (text, id) => {
    const r = normalizeAmong(words, text);
    expect(r.ok ? r.id : undefined).toBe(id);
  });
});
