import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { serializeRecord } from '../../src/archive/serialize.js';
import { writeNewRecord } from '../../src/archive/write.js';
import { createFileExclusive } from '../../src/archive/atomic.js';
import { FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';

const at = (root: string) => loadArchive(root).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.code}`);

describe('the loader', () => {
  it('loads valid records and reports every bad file with file, line and column', () => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml(FINANCE),
      'records/2025/20251011-001.yaml': recordYaml({ ...FINANCE, id: '20251011-001', time: '2025-10-11', category: 'finanse' }),
      'records/2025/20251012-001.yaml': recordYaml({ ...FINANCE, id: '20251012-001', time: '2025-10-12', until: '2025-10-01' }),
      'records/2025/20251013-001.yaml': 'id: 20251013-001\ntitle: [unclosed\n',
      'records/2025/20251014-001.yaml': recordYaml({ ...FINANCE, id: '20251099-001' }),
      'records/2025/20251015-001.yaml': `${recordYaml({ ...FINANCE, id: '20251015-001' })}title: again\n`,
    });
    const archive = loadArchive(root);
    expect(archive.records.map((r) => r.record.id)).toEqual(['20251010-001']);
    expect(archive.fileCount).toBe(6);
    expect(at(root)).toEqual([
      'records/2025/20251011-001.yaml:3:11 schema.unknown-id',
      'records/2025/20251012-001.yaml:12:8 schema.invalid-value',
      expect.stringMatching(/^records\/2025\/20251013-001\.yaml:\d+:\d+ schema\.syntax$/),
      'records/2025/20251014-001.yaml:1:5 schema.invalid-value',
      'records/2025/20251015-001.yaml:12:1 schema.duplicate-key',
    ]);
  });

  it('keeps the excerpt line so errors can show where', () => {
    const root = writeArchive({
      'records/2025/20251011-001.yaml': recordYaml({ ...FINANCE, id: '20251011-001', time: '2025-10-11', category: 'finanse' }),
    });
    expect(loadArchive(root).findings[0]).toMatchObject({
      line: 3,
      excerpt: 'category: finanse',
      hint: { key: 'hint.did-you-mean-valid' },
    });
  });

  it('points at a missing key from the top of the file and an unknown key at the key', () => {
    const { title: _t, ...noTitle } = FINANCE;
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml(noTitle),
      'records/2025/20251011-001.yaml': `${recordYaml({ ...FINANCE, id: '20251011-001', time: '2025-10-11' })}audiance: [staff]\n`,
    });
    const f = loadArchive(root).findings;
    expect(f.map((x) => [x.code, x.severity, x.line])).toEqual([
      ['schema.missing-key', 'error', 1],
      ['schema.unknown-key', 'warning', 12],
    ]);
    expect(f[1]!.hint).toEqual({ key: 'hint.did-you-mean', params: { suggestion: 'audience' } });
  });

  it('survives a BOM, CRLF line ends, aliases, custom tags, bad UTF-8 and a huge file', () => {
    const good = recordYaml(FINANCE);
    const root = writeArchive({
      'records/2025/20251010-001.yaml': `\ufeff${good.replaceAll('\n', '\r\n')}`,
      'records/2025/20251011-001.yaml': `${recordYaml({ ...FINANCE, id: '20251011-001', time: '2025-10-11', title: '&a 标题' })}handler: *a\n`,
      'records/2025/20251012-001.yaml': recordYaml({ ...FINANCE, id: '20251012-001', time: '2025-10-12', title: '!!js/function x' }),
      'records/2025/20251013-001.yaml': Buffer.concat([
        Buffer.from('id: 20251013-001\ntitle: '),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\n'),
      ]),
      'records/2025/20251014-001.yaml': `content: ${'x'.repeat(2 * 1024 * 1024)}\n`,
    });
    const archive = loadArchive(root);
    expect(archive.records.map((r) => r.record.id)).toEqual(['20251010-001']);
    expect(archive.findings.map((f) => `${f.file!.slice(-17)} ${f.code}${f.line ? `@${f.line}` : ''}`)).toEqual([
      '20251011-001.yaml schema.alias@12',
      '20251012-001.yaml schema.tag@2',
      '20251013-001.yaml schema.encoding@2',
      '20251014-001.yaml schema.too-large',
    ]);
  });

  it('requires the id to equal the file name', () => {
    const root = writeArchive({ 'records/2025/20251010-002.yaml': recordYaml(FINANCE) });
    expect(loadArchive(root).findings[0]).toMatchObject({ code: 'schema.id-mismatch', line: 1, hint: { key: 'hint.id-mismatch' } });
  });
});

describe('the writer', () => {
  it('writes keys in SPEC order, lists as lists, long text as block scalars, and the schema line first', () => {
    const root = writeArchive();
    const content = '9月份收入：财政拨付公用经费186,400元；\n支出：教学业务费42,310元。';
    const w = writeNewRecord(root, '2025-10-10', (id) => ({
      id,
      title: '9月财务',
      category: 'finance',
      content,
      time: '2025-10-10',
      form: ['board'],
      audience: ['staff'],
      responsible: '王建国',
      status: 'published',
      tags: ['no', '007'],
    }));
    expect(w.id).toBe('20251010-001');
    const text = readFileSync(join(root, w.file), 'utf8');
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=../../schema/record.json',
        'id: 20251010-001',
        'title: 9月财务',
        'category: finance',
        'content: |-',
        '  9月份收入：财政拨付公用经费186,400元；',
        '  支出：教学业务费42,310元。',
        'time: 2025-10-10',
        'form: [board]',
        'audience: [staff]',
        'responsible: 王建国',
        'tags: [no, "007"]',
        '',
      ].join('\n'),
    );
    const loaded = loadArchive(root);
    expect(loaded.findings).toEqual([]);
    expect(loaded.records[0]!.record).toMatchObject({ content, tags: ['no', '007'] });
  });

  it('allocates the next id of the date and never overwrites', () => {
    const root = writeArchive({ 'records/2025/20251010-007.yaml': recordYaml({ ...FINANCE, id: '20251010-007' }) });
    const build = (id: string) => ({
      ...FINANCE,
      id,
      form: ['board'],
      audience: ['staff' as const],
      timing: 'after' as const,
      status: 'published' as const,
      review: undefined,
      supervision: undefined,
    });
    expect(writeNewRecord(root, '2025-10-10T09:00', build).id).toBe('20251010-008');
    expect(writeNewRecord(root, '2025-10-11', build).id).toBe('20251011-001');
    expect(createFileExclusive(join(root, 'records/2025/20251010-007.yaml'), 'x')).toBe(false);
    expect(readFileSync(join(root, 'records/2025/20251010-007.yaml'), 'utf8')).toContain('20251010-007');
    expect(readdirSync(join(root, 'records/2025')).filter((n) => n.startsWith('.'))).toEqual([]); // no temp files left
  });

  it('round-trips text that YAML would otherwise misread', () => {
    const root = writeArchive();
    mkdirSync(join(root, 'records/2025'), { recursive: true });
    const tricky = [
      'yes',
      'null',
      '2025-09-01',
      '0x1F',
      '- item',
      '#not a comment',
      'a: b',
      ' leading space',
      'trailing space ',
      '"quoted"',
      "it's",
      '多行\n\n空行\n',
    ];
    tricky.forEach((title, i) => {
      const id = `20251010-${String(i + 1).padStart(3, '0')}`;
      writeFileSync(
        join(root, `records/2025/${id}.yaml`),
        serializeRecord({
          ...FINANCE,
          id,
          title,
          content: title,
          form: ['board'],
          audience: ['staff'],
          timing: 'after',
          status: 'published',
          review: undefined,
          supervision: undefined,
        } as never),
      );
    });
    const loaded = loadArchive(root);
    expect(loaded.findings).toEqual([]);
    expect(loaded.records.map((r) => r.record.content)).toEqual(tricky.map((t) => t.trim()));
  });
});
