import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableColumnWidths } from '../../src/render/summary-docx.js';
import { writeSummaryFile } from '../helpers/summary-archive.js';

/** The .docx read back: its parts as text. */
async function makeDocx(lang: string): Promise<Record<string, string>> {
  const file = await writeSummaryFile(lang, 'summary.docx');
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(
    Object.entries(parts)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

/** The visible text of a WordprocessingML part. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('summary --format docx', () => {
  let zh: Record<string, string>;
  let en: Record<string, string>;
  beforeAll(async () => {
    [zh, en] = await Promise.all([makeDocx('zh-CN'), makeDocx('en')]);
  });

  it('holds the school, the term and the numbers in word/document.xml', () => {
    const text = textOf(zh['word/document.xml']!);
    expect(text).toContain('测试小学2025—2026学年第一学期校务公开工作总结');
    expect(text).toContain('本学期共公开校务事项7项，涉及5个类别');
    expect(text).toContain('完整率62.5%');
    expect(text).toContain('96,000');
    expect(text).toContain('20251215-001');
    expect(textOf(en['word/document.xml']!)).toContain('The school made 7 disclosures this term in 5 categories');
  });

  it('uses Chinese fonts: 宋体 for the body, 黑体 for headings', () => {
    const styles = zh['word/styles.xml']!;
    expect(styles).toMatch(/w:eastAsia="宋体"/);
    expect(styles).toMatch(/w:eastAsia="黑体"/);
  });

  it('has headings, tables whose header repeats and whose rows do not split, on A4 pages', () => {
    const doc = zh['word/document.xml']!;
    expect(doc).toContain('<w:pStyle w:val="Title"/>');
    expect(doc.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(6);
    expect(doc.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(8);
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('<w:cantSplit/>');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('numbers the pages in the footer, in the reader’s language', () => {
    const footer = Object.entries(zh).find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1];
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(textOf(footer)).toContain('第 ');
    const enFooter = Object.entries(en).find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1];
    expect(textOf(enFooter)).toContain('Page ');
  });
});

it('keeps ids and dates whole in a Word table and lets long titles wrap', () => {
  const widths = tableColumnWidths(['编号', '公开时间', '公开事项'], [['20250828-001', '2025-08-28', '很长的公开事项标题'.repeat(8)]]);
  expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9412);
  expect(widths[0]! / widths[1]!).toBeCloseTo(14 / 12, 1);
  expect(widths[2]).toBeGreaterThan(widths[0]! * 3);
  expect(tableColumnWidths(['a', 'b'], [['x', 'y']])).toEqual([4706, 4706]);
});
