/**
 * The notice about unreadable files names each kind of file as what it is — 记录文件, 申请文件, 设置文件 —
 * in both languages, on stderr and in documents, with English counts in the singular for one. And an
 * unreadable request file does not stop `export`, which exports records only.
 */
import { describe, expect, it } from 'vitest';
import { renderSkippedAsLines, skippedCountText, skippedNotice } from '../../src/render/skipped.js';
import { skippedFileKind, type SkippedFile } from '../../src/model/skipped.js';
import { cli, FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';

const bad = (file: string, line?: number): SkippedFile => ({
  file,
  ...(line ? { line } : {}),
  code: 'schema.syntax',
  message: { key: 'err.syntax', params: { yaml: 'OTHER', detail: '' } },
});
const RECORDS = [bad('records/2025/20250901-001.yaml', 3), bad('records/2025/20250902-001.yaml')];
const REQUEST = bad('requests/2025/R20250304-001.yaml', 2);

describe('the kind of an unreadable file', () => {
  it.each([
    ['records/2025/20250901-001.yaml', 'record'],
    ['requests/2025/R20250304-001.yaml', 'request'],
    ['xwgk.yaml', 'settings'],
  ] as const)('%s is a %s file', (file, kind) => expect(skippedFileKind(file)).toBe(kind));
});

describe('the words for the unreadable files', () => {
  it('count each kind in Chinese', () => {
    expect(skippedCountText('zh-CN', [...RECORDS, REQUEST])).toBe('2 个记录文件、1 个申请文件');
    expect(skippedCountText('zh-CN', [REQUEST])).toBe('1 个申请文件');
    expect(skippedCountText('zh-CN', [bad('xwgk.yaml')])).toBe('1 个设置文件');
  });

  it('count each kind in English, singular for one', () => {
    expect(skippedCountText('en', [...RECORDS, REQUEST])).toBe('2 record files and 1 request file');
    expect(skippedCountText('en', [RECORDS[0]!])).toBe('1 record file');
    expect(skippedCountText('en', [...RECORDS, REQUEST, bad('xwgk.yaml')])).toBe('2 record files, 1 request file and 1 settings file');
  });

  it('head the stderr lines and make the document notice', () => {
    expect(renderSkippedAsLines('zh-CN', [REQUEST]).split('\n')[0]).toBe(
      '1 个申请文件无法读取，未计入本次结果（查看全部问题：xwgk check schema）：',
    );
    expect(renderSkippedAsLines('en', [...RECORDS, REQUEST]).split('\n')[0]).toBe(
      '2 record files and 1 request file could not be read; left out of this output (to see every problem: xwgk check schema):',
    );
    expect(skippedNotice('zh-CN', [RECORDS[0]!, REQUEST])).toBe(
      '1 个记录文件、1 个申请文件无法读取，本报告未计入：records/2025/20250901-001.yaml:3、requests/2025/R20250304-001.yaml:2。请用 xwgk check schema 查看并修正。',
    );
    expect(skippedNotice('en', [REQUEST])).toBe(
      '1 request file could not be read; not counted in this report: requests/2025/R20250304-001.yaml:2. Run xwgk check schema to see and fix them.',
    );
  });
});

describe('export and an unreadable request file', () => {
  it('exports the records (a request holds none), and still names the request file on stderr', async () => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml(FINANCE),
      'requests/2025/R20250304-001.yaml': 'id: R20250304-001\nreceived: [2025-03-04\n',
    });
    const r = await cli(['--archive', root, '--lang', 'zh-CN', 'export', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['20251010-001']);
    expect(r.stderr).toContain('1 个申请文件无法读取');
    // A record file that cannot be read still stops it.
    const broken = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE), 'records/2025/20251011-001.yaml': 'title: [\n' });
    expect((await cli(['--archive', broken, 'export', '--format', 'jsonl'])).code).toBe(1);
  });
});
