import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../src/archive/read-sheet.js';
import { columnLetter, fieldForHeader, parseMapTarget } from '../../src/model/sheet-columns.js';
import { parseDateCell, parseMonthCell, parseTermCell, splitList, unguardCsvCell } from '../../src/model/sheet-values.js';
import { normalize } from '../../src/model/vocabulary.js';
import { makeCatalog } from '../../src/model/catalog.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';

describe('headers', () => {
  it.each([
    ['日期', 'time'],
    ['公开时间', 'time'],
    ['公开时间/日期', 'time'],
    [' 公开日期 ', 'time'],
    ['*公开时间', 'time'],
    ['类别', 'category'],
    ['公开类别', 'category'],
    ['事项', 'title'],
    ['标题', 'title'],
    ['公开事项（标题）', 'title'],
    ['内容', 'content'],
    ['公开形式、载体', 'form'],
    ['公开形式(载体)', 'form'],
    ['范围', 'audience'],
    ['责任人', 'responsible'],
    ['经办人', 'handler'],
    ['依据', 'basis'],
    ['批准文号', 'basis'],
    ['金额（元）', 'amount'],
    ['金额(元)', 'amount'],
    ['备注', 'explanation'],
    ['Date', 'time'],
    ['Title', 'title'],
    ['Reviewed by', 'review.by'],
    ['Amount (yuan)', 'amount'],
    ['ＴＩＴＬＥ', 'title'],
    ['审核日期', 'review.on'],
    ['认可日期', 'supervision.on'],
    ['序号', 'ignore'],
    ['编号', 'id'],
  ])('%s → %s', (header, field) => expect(fieldForHeader(header)).toBe(field));

  it('an unknown header names nothing', () => {
    expect(fieldForHeader('颜色')).toBeUndefined();
    expect(fieldForHeader('')).toBeUndefined();
  });

  it('--map targets', () => {
    expect(parseMapTarget('review-by')).toBe('review.by');
    expect(parseMapTarget('supervision.on')).toBe('supervision.on');
    expect(parseMapTarget('withdrawn-reason')).toBe('withdrawn.reason');
    expect(parseMapTarget('-')).toBe('ignore');
    expect(parseMapTarget('tag')).toBe('tags');
    expect(parseMapTarget('colour')).toBeUndefined();
  });

  it('column letters as the spreadsheet shows them', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('cells', () => {
  it.each([
    ['2025-09-05', '2025-09-05'],
    ['2025/9/5', '2025-09-05'],
    ['2025.9.5', '2025-09-05'],
    ['2025年9月5日', '2025-09-05'],
    ['2025 年 9 月 5 日', '2025-09-05'],
    ['2025/2/30', '2025/2/30'],
    ['九月五日', '九月五日'],
  ])('date %s → %s', (text, date) => expect(parseDateCell(text)).toBe(date));

  it('Excel date cells (UTC midnight), clock times and serial numbers', () => {
    expect(parseDateCell(new Date(Date.UTC(2025, 8, 5)))).toBe('2025-09-05');
    expect(parseDateCell(new Date(Date.UTC(2025, 8, 5, 9, 30)), true)).toBe('2025-09-05T09:30');
    expect(parseDateCell(new Date(Date.UTC(2025, 8, 5, 9, 30)))).toBe('2025-09-05');
    expect(parseDateCell(45905)).toBe('2025-09-05');
    expect(parseDateCell('2025/9/5 8:30', true)).toBe('2025-09-05T08:30');
  });

  it('months, lists, timing, status, the CSV formula guard', () => {
    expect(parseMonthCell('2025年9月')).toBe('2025-09');
    expect(parseMonthCell('2025/9')).toBe('2025-09');
    expect(['2025—2026学年第一学期', '2025-2026学年第二学期', '2025-2026-1', '秋季'].map(parseTermCell)).toEqual([
      '2025-2026-1',
      '2025-2026-2',
      '2025-2026-1',
      '秋季',
    ]);
    expect(splitList('校务公开栏、学校网站，微信公众号;家长会；告家长书,x')).toEqual([
      '校务公开栏',
      '学校网站',
      '微信公众号',
      '家长会',
      '告家长书',
      'x',
    ]);
    const catalog = makeCatalog(defaultCatalogData());
    const id = (kind: 'timing' | 'status') => (v: string) => {
      const r = normalize(kind, v, catalog);
      return r.ok ? r.id : v;
    };
    expect(['事前', '事前公开', '事后', 'during', '随便'].map(id('timing'))).toEqual(['before', 'before', 'after', 'during', '随便']);
    expect(['已公开', '已撤回', 'withdrawn'].map(id('status'))).toEqual(['published', 'withdrawn', 'withdrawn']);
    expect(["'=1+1", "'-5", "'abc", '=x'].map(unguardCsvCell)).toEqual(['=1+1', '-5', "'abc", '=x']);
  });
});

describe('CSV bytes', () => {
  const text = '公开时间,公开事项\r\n2025-09-05,"收费公示，秋季\n第二行"\r\n\r\n2025-10-10,财务\r\n';
  it('detects UTF-8 with BOM, UTF-8, GB18030/GBK and UTF-16', async () => {
    expect(await decodeText(Buffer.from('\ufeff' + text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(await decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(await decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
    expect(await decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({
      text,
      encoding: 'utf-16le',
    });
  });

  it('keeps empty lines as rows, so row numbers match the spreadsheet; quoted line breaks stay in one cell', async () => {
    expect(await parseCsv(text, 'x.csv')).toEqual([
      ['公开时间', '公开事项'],
      ['2025-09-05', '收费公示，秋季\n第二行'],
      [''],
      ['2025-10-10', '财务'],
    ]);
  });

  it('reads tab-separated "Unicode text" too', async () => {
    expect(await parseCsv('公开时间\t公开事项\n2025-09-05\t收费', 'x.txt')).toEqual([
      ['公开时间', '公开事项'],
      ['2025-09-05', '收费'],
    ]);
  });
});
