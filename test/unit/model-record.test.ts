import { describe, expect, it } from 'vitest';
import { makeCatalog, mergeCatalog, type CatalogChanges } from '../../src/model/catalog.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';
import { validateRecord } from '../../src/model/validate.js';
import { validateRequest } from '../../src/model/request-validate.js';
import { RECORD_KEYS } from '../../src/model/record.js';
import { ConfigSchema } from '../../src/model/config.js';

const catalog = makeCatalog(defaultCatalogData());
const base = {
  id: '20251010-001',
  title: '9月财务公开',
  category: 'finance',
  content: '收支情况',
  time: '2025-10-10',
  form: ['board'],
  audience: ['staff'],
  responsible: '王建国',
};
const issuesOf = (over: Record<string, unknown>) =>
  validateRecord({ ...base, ...over }, catalog).issues.map((i) => `${i.path.join('.')}:${i.key}`);

describe('the record schema', () => {
  it('accepts a minimal valid record and defaults the status', () => {
    const r = validateRecord(base, catalog);
    expect(r.issues).toEqual([]);
    expect(r.record?.status).toBe('published');
  });

  it('accepts every optional key in its valid form', () => {
    const r = validateRecord(
      {
        ...base,
        until: '2025-10-20',
        term: '2025-2026-1',
        period: '2025-09',
        timing: 'after',
        decided: '2025-10-08',
        basis: '财教〔2012〕488号',
        amount: 96000,
        handler: '李会计',
        review: { by: '领导小组', on: '2025-10-09' },
        supervision: { by: '监督小组', on: '2025-10-09' },
        explanation: '说明',
        attachments: [{ path: 'attachments/2025/20251010-001-1.jpg', sha256: 'a'.repeat(64), note: '照片' }],
        feedback: [{ received: '2025-10-11', channel: 'opinion-box', summary: '问', response: '答', responded: '2025-10-12' }],
        tags: ['月月清'],
        source: { file: '台账.xlsx', row: 2 },
      },
      catalog,
    );
    expect(r.issues).toEqual([]);
  });

  it('reads a single value as a one-item list and a number in a text field as text', () => {
    const r = validateRecord({ ...base, form: 'board', audience: 'staff', basis: 2024, tags: '秋季' }, catalog);
    expect(r.record).toMatchObject({ form: ['board'], audience: ['staff'], basis: '2024', tags: ['秋季'] });
  });

  it.each([
    [{ title: undefined }, 'title:err.required'],
    [{ title: '  ' }, 'title:err.empty'],
    [{ category: 'finanse' }, 'category:err.unknown-category'],
    [{ time: '2025-02-30' }, 'time:err.time'],
    [{ time: '2025/10/10' }, 'time:err.time'],
    [{ until: '2025-10-09' }, 'until:err.until-before-time'],
    [{ until: '2025-13-01' }, 'until:err.date'],
    [{ term: '2025-2027-1' }, 'term:err.term-id'],
    [{ period: '2025-9' }, 'period:err.month'],
    [{ form: [] }, 'form:err.list-empty'],
    [{ form: ['board', 'board'] }, 'form.1:err.list-duplicate'],
    [{ form: ['bord'] }, 'form.0:err.unknown-form'],
    [{ audience: ['teachers'] }, 'audience.0:err.unknown-audience'],
    [{ timing: 'later' }, 'timing:err.timing'],
    [{ amount: -1 }, 'amount:err.amount'],
    [{ amount: '九万' }, 'amount:err.amount'],
    [{ review: { by: '领导小组' } }, 'review.on:err.required'],
    [{ status: 'withdrawn' }, 'status:err.withdrawn-missing'],
    [{ withdrawn: { on: '2025-10-11', reason: '错' } }, 'withdrawn:err.withdrawn-without-status'],
    [{ attachments: [{ path: '../etc/passwd', sha256: 'a'.repeat(64) }] }, 'attachments.0.path:err.attachment-path'],
    [{ attachments: [{ path: '/etc/passwd', sha256: 'a'.repeat(64) }] }, 'attachments.0.path:err.attachment-path'],
    [{ attachments: [{ path: 'attachments/CON.jpg', sha256: 'a'.repeat(64) }] }, 'attachments.0.path:err.attachment-path'],
    [{ attachments: [{ path: 'a.jpg', sha256: 'XYZ' }] }, 'attachments.0.sha256:err.sha256'],
    [{ feedback: [{ received: '2025-10-11', channel: 'box', summary: '问' }] }, 'feedback.0.channel:err.unknown-channel'],
    [
      { feedback: [{ received: '2025-10-11', channel: 'hotline', summary: '问', response: '答' }] },
      'feedback.0.responded:err.responded-missing',
    ],
    [{ id: '2025101-001' }, 'id:err.id'],
    [{ id: '20251340-001' }, 'id:err.id'],
  ])('rejects %j', (over, expected) => {
    expect(issuesOf(over)).toContain(expected);
  });

  it('accepts a withdrawn record with its reason', () => {
    expect(issuesOf({ status: 'withdrawn', withdrawn: { on: '2025-10-11', reason: '金额有误' } })).toEqual([]);
  });

  it('warns about an unknown key and suggests the nearest known one', () => {
    const r = validateRecord({ ...base, audiance: ['staff'] }, catalog);
    expect(r.record).toBeDefined();
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unknown-key',
        hint: { key: 'hint.did-you-mean', params: { suggestion: 'audience' } },
      }),
    ]);
  });

  it('suggests the nearest id for an unknown category', () => {
    const issue = validateRecord({ ...base, category: 'finanse' }, catalog).issues[0]!;
    expect(issue.hint).toMatchObject({ key: 'hint.did-you-mean-valid', params: { suggestion: 'finance' } });
  });
});

describe('records and requests, told apart by the same rules', () => {
  const request = { id: 'R20250908-001', received: '2025-09-08', channel: 'online', applicant: 'person', asked: '申请公开食堂采购合同' };

  it('warns about a key neither has, with the nearest key of its own kind or else all of them', () => {
    expect(validateRequest({ ...request, handeler: '李敏' }).issues).toEqual([
      {
        code: 'unknown-key',
        severity: 'warning',
        path: ['handeler'],
        key: 'err.unknown-key',
        params: { field: 'handeler' },
        hint: { key: 'hint.did-you-mean', params: { suggestion: 'handler' } },
      },
    ]);
    const far = validateRecord({ ...base, zzzzzzzzzz: 1 }, catalog).issues[0]!;
    expect(far.hint).toEqual({ key: 'hint.known-keys', params: { valid: RECORD_KEYS.join(', ') } });
  });

  it('shows a bad value in at most 60 characters', () => {
    const long = 'x'.repeat(80);
    const shown = (issues: { params?: Record<string, unknown> }[]) => issues.map((i) => i.params?.value);
    expect(shown(validateRequest({ ...request, received: long }).issues)).toContain(`${'x'.repeat(57)}...`);
    expect(shown(validateRecord({ ...base, time: long }, catalog).issues)).toContain(`${'x'.repeat(57)}...`);
  });
});

describe('catalog changes from xwgk.yaml', () => {
  const data = defaultCatalogData();
  const merge = (changes: Partial<CatalogChanges>) =>
    mergeCatalog(data, { categories: [], forms: [], channels: [], disable: [], ...changes });

  it('has every default category, form, audience and channel with both labels', () => {
    expect(data.categories.map((c) => c.id)).toEqual([
      'plan',
      'major-work',
      'rules',
      'cadre-review',
      'staff-evaluation',
      'appointments',
      'congress',
      'enrollment',
      'fees',
      'fee-settlement',
      'finance',
      'procurement',
      'tender',
      'welfare',
      'student-aid',
      'safety',
      'other',
    ]);
    expect(data.forms).toHaveLength(14);
    expect(data.audiences.map((a) => a.id)).toEqual(['staff', 'students', 'parents', 'public']);
    expect(data.channels).toHaveLength(6);
    for (const x of [...data.categories, ...data.forms, ...data.channels]) expect(x.label['zh-CN'] && x.label.en).toBeTruthy();
  });

  it('adds a category, changes one key by key, and disables one', () => {
    const { catalog: c, issues } = merge({
      categories: [
        {
          id: 'canteen',
          label: { 'zh-CN': '食堂伙食费收支', en: 'Canteen accounts' },
          column: 'finance',
          frequency: 'monthly',
          due: { day_of_next_month: 10 },
          forms: ['fee-board'],
        },
        { id: 'finance', due: { day_of_next_month: 20 } },
      ],
      disable: ['student-aid'],
    });
    expect(issues).toEqual([]);
    expect(c.category('canteen')?.frequency).toBe('monthly');
    expect(c.category('finance')).toMatchObject({ due: { day_of_next_month: 20 }, requires: ['review', 'supervision'], required: true });
    expect(c.active().map((x) => x.id)).not.toContain('student-aid');
    expect(c.category('student-aid')).toBeDefined(); // old records still load
  });

  it('reports an incomplete new category, an unknown form and an unknown id to disable', () => {
    const { issues } = merge({
      categories: [
        { id: 'canteen', column: 'finance' },
        { id: 'x-new', label: { 'zh-CN': '新', en: 'New' }, column: 'affairs', frequency: 'event', forms: ['nope'] },
      ],
      disable: ['nothing'],
    });
    expect(issues.map((i) => i.message)).toEqual(expect.arrayContaining(['err.disable-unknown', 'err.unknown-form-in-category']));
    expect(issues.some((i) => i.path.join('.').startsWith('catalog.categories.0'))).toBe(true);
  });

  it('validates xwgk.yaml: overlapping terms and bad dates', () => {
    const r = ConfigSchema.safeParse({
      school: 'x',
      terms: [
        { id: '2025-2026-1', start: '2025-09-01', end: '2026-02-01' },
        { id: '2025-2026-2', start: '2026-01-20', end: '2026-07-01' },
      ],
      holidays: ['2025-02-30'],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['err.term-overlap', 'err.date']));
  });
});
