/**
 * The import plan (src/edit) knows no language: its errors and hints carry ids and a `kind`, and the
 * renderer words them — 责任人 (responsible) in Chinese, Responsible (responsible) in English; the
 * values a field takes as 事前 (before)… Translation happens at the edge, never in the edit layer.
 */
import { describe, expect, it } from 'vitest';
import { loadArchiveFromFiles } from '../../src/archive/load-from-files.js';
import { labelHint } from '../../src/edit/import-cells.js';
import { planImport } from '../../src/edit/import-plan.js';
import { messageText } from '../../src/i18n/index.js';
import { XwgkError } from '../../src/model/errors.js';
import { SHEET_FIELD_KIND } from '../../src/model/sheet-columns.js';

const archive = loadArchiveFromFiles({ 'xwgk.yaml': 'school: 测试小学\nlocale: zh-CN\n' });
const HEADER = ['事项', '类别', '公开内容', '公开时间', '公开形式', '公开范围'];

function planError(rows: string[][], opts: { map?: string[] } = {}): XwgkError {
  try {
    planImport(rows, archive.catalog, archive.terms, [], { file: 'l.csv', kind: 'csv', ...opts });
  } catch (e) {
    if (e instanceof XwgkError) return e;
    throw e;
  }
  throw new Error('planImport did not refuse');
}

describe('the import plan says what is wrong without a language', () => {
  it('names a missing column by its field id, worded by the renderer', () => {
    const e = planError([HEADER]);
    expect(e.msg).toEqual({ key: 'err.import.missing-columns', params: { kind: SHEET_FIELD_KIND, fields: 'responsible' } });
    expect(messageText('zh-CN', e.msg)).toBe('表中缺少必需的列：责任人 (responsible)');
    expect(messageText('en', e.msg)).toBe('the sheet lacks required columns: Responsible (responsible)');
  });

  it('lists the fields a --map may name as ids, worded by the renderer', () => {
    const e = planError([HEADER], { map: ['事项=nonsense'] });
    expect(e.hint?.params).toMatchObject({ kind: SHEET_FIELD_KIND });
    expect(String(e.hint?.params?.valid)).toMatch(/^id, time, category, title, content, /);
    const zh = messageText('zh-CN', e.hint!);
    const en = messageText('en', e.hint!);
    for (const [text, responsible] of [
      [zh, '责任人 (responsible)'],
      [en, 'Responsible (responsible)'],
    ] as const)
      expect(text).toContain(responsible);
    expect(zh).toMatch(/^可用的值：\S+ \(id\)、\S+ \(time\)、/);
    expect(en).toMatch(/^valid values: .+ \(id\), .+ \(time\), /);
  });

  it("answers an unknown word with the ids of that field's own values", () => {
    const timing = labelHint(archive.catalog, 'timing')!;
    expect(timing).toEqual({ key: 'hint.valid-values', params: { kind: 'timing', valid: 'before, during, after' } });
    expect(messageText('zh-CN', timing, archive.catalog)).toBe('可用的值：事前 (before)、事中 (during)、事后 (after)');
    const audience = labelHint(archive.catalog, 'audience')!;
    expect(messageText('en', audience, archive.catalog)).toBe('valid values: staff, students, parents, The public (public)');
    expect(labelHint(archive.catalog, 'title')).toBeUndefined();
  });
});
