import { describe, expect, it } from 'vitest';
import { catalogOf, parseLang, resolveLang, t } from '../../src/i18n/index.js';
import { decideColor } from '../../src/cli/color.js';

/** The names a text fills in; `{n|record|records}` (an English plural) counts as `{n}`. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]))].sort();

describe('message catalogs', () => {
  const zh = catalogOf('zh-CN');
  const en = catalogOf('en');

  it('have the same keys, no empty text, and the same placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('keeps Chinese text Chinese and English text free of Chinese', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(en[key], key).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('fills parameters, with English plurals', () => {
    expect(t('zh-CN', 'list.count', { n: 3 })).toBe('共 3 条');
    expect(t('en', 'list.count', { n: 3 })).toBe('3 records');
    expect(t('en', 'list.count', { n: 1 })).toBe('1 record');
    expect(t('en', 'verify.problems', { n: 1, records: 1, lines: 2 })).toBe('1 problem found (1 record file, 2 journal lines)');
  });
});

describe('choosing the language and colour', () => {
  it('reads locale strings', () => {
    expect(parseLang('zh_CN.UTF-8')).toBe('zh-CN');
    expect(parseLang('en_US.UTF-8')).toBe('en');
    expect(parseLang('C')).toBeUndefined();
  });

  it('follows --lang, XWGK_LANG, the archive, then the system', () => {
    expect(resolveLang({ flag: 'en', env: { XWGK_LANG: 'zh-CN' }, archiveLocale: 'zh-CN' })).toBe('en');
    expect(resolveLang({ env: { XWGK_LANG: 'en' }, archiveLocale: 'zh-CN' })).toBe('en');
    expect(resolveLang({ env: { LANG: 'en_US.UTF-8' }, archiveLocale: 'zh-CN' })).toBe('zh-CN');
    expect(resolveLang({ env: { LANG: 'zh_CN.UTF-8' } })).toBe('zh-CN');
    expect(resolveLang({ env: { LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' } })).toBe('en');
  });

  it('turns colour off for --no-color, NO_COLOR and dumb terminals, on for FORCE_COLOR', () => {
    expect(decideColor(undefined, {}, true)).toBe(true);
    expect(decideColor(false, {}, true)).toBe(false);
    expect(decideColor(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(decideColor(undefined, { TERM: 'dumb' }, true)).toBe(false);
    expect(decideColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(decideColor(undefined, {}, false)).toBe(false);
  });
});
