import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO } from '../helpers/archive.js';
import { SUMMARY_TERM, SUMMARY_TODAY, writeSummaryArchive } from '../helpers/summary-archive.js';
import { PROBLEMS, TIES, writeProblemsArchive, writeTiesArchive } from '../helpers/summary-edge-archives.js';
import { summaryFormatters } from '../../src/render/summary-templates.js';
import { busiestMonths, pairingClaims, ranks } from '../../src/render/summary-wording.js';

const ties = writeTiesArchive();
const problems = writeProblemsArchive();
/** Each archive and term whose summary is kept as a golden file, per language. */
const CASES: { name: string; root: string; term: string; today: string; golden?: string }[] = [
  { name: 'sample', root: join(REPO, 'archive'), term: '2025-2026-2', today: '2026-07-20' },
  { name: 'hand-built', root: writeSummaryArchive(), term: SUMMARY_TERM, today: SUMMARY_TODAY, golden: '../golden/summary' },
  { name: 'ties', root: ties, term: TIES.term, today: TIES.today },
  { name: 'zero', root: ties, term: TIES.emptyTerm, today: TIES.today },
  { name: 'problems', root: problems, term: PROBLEMS.term, today: PROBLEMS.today },
];
const summary = (c: (typeof CASES)[number], lang: string) =>
  cli(['--archive', c.root, 'summary', '--term', c.term, '--today', c.today, '--lang', lang]);

/**
 * What may stay ASCII in a Chinese document: file names in the archive, `xwgk` commands, the seal
 * digest (hex), record ids and numbers, Markdown's own marks and the chart placeholders of the HTML.
 */
function asciiWords(markdown: string): string[] {
  const rest = markdown
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\b(?:records|attachments)\/[\w./-]+\.\w+/g, '')
    .replace(/`?xwgk [^`\n，。；）]*`?/g, '')
    .replace(/\b[0-9a-f]{16}…/g, '');
  return [...rest.matchAll(/[A-Za-z]+/g)].map((m) => m[0]);
}

describe('the term summary’s text (golden files, read and accepted by a person)', () => {
  for (const c of CASES) {
    it(`${c.name}: Chinese`, async () => {
      const r = await summary(c, 'zh-CN');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`${c.golden ?? `../golden/summary-text/${c.name}`}.zh-CN.md`);
      expect(asciiWords(r.stdout)).toEqual([]);
    });
    it(`${c.name}: English`, async () => {
      const r = await summary(c, 'en');
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`${c.golden ?? `../golden/summary-text/${c.name}`}.en.md`);
    });
  }

  it('keeps the Chinese HTML and Word documents free of ASCII words too', async () => {
    const { readFileSync } = await import('node:fs');
    const { strFromU8, unzipSync } = await import('fflate');
    const { tempDir } = await import('../helpers/archive.js');
    for (const c of [CASES[0]!, CASES[4]!]) {
      const dir = tempDir();
      for (const ext of ['html', 'docx']) {
        const r = await cli([
          '--archive',
          c.root,
          'summary',
          '--term',
          c.term,
          '--today',
          c.today,
          '--lang',
          'zh-CN',
          '--out',
          join(dir, `s.${ext}`),
        ]);
        expect(r.code).toBe(0);
      }
      const html = readFileSync(join(dir, 's.html'), 'utf8')
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&[a-z]+;/g, ' ');
      const docx = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 's.docx'))))['word/document.xml']!).replace(/<[^>]+>/g, ' ');
      expect(asciiWords(html), `${c.name} html`).toEqual([]);
      expect(asciiWords(docx), `${c.name} docx`).toEqual([]);
    }
  });

  it('names records by title and date in running text, never by id, field key or ISO date', async () => {
    for (const c of CASES) {
      const body = (await summary(c, 'zh-CN')).stdout.split('## 附件一')[0]!.replace(/records\/[\w./-]+/g, '');
      expect(body, c.name).not.toMatch(/\b\d{8}-\d{3}\b/);
      expect(body, c.name).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(body, c.name).not.toMatch(/第 \d+ 条|\d 项/);
    }
  });

  it('states ties as ties, and claims no pairing it cannot show', async () => {
    const zh = (await summary(CASES[2]!, 'zh-CN')).stdout;
    expect(zh).toContain('从时间看，各月公开数量相同，每月3项。');
    expect(zh).toContain('公开最多的是财务收支、“文体活动、社会实践”（各3项）');
    expect(zh).not.toContain('四个结合');
    expect(zh).not.toContain('公开与解释说明相结合，');
    expect(zh).toContain('公开与解释说明结合不够');
    const en = (await summary(CASES[2]!, 'en')).stdout;
    expect(en).toContain('Income and spending; Sports and outings (3 each)');
  });

  it('puts the signature block after the body and before the appendix', async () => {
    const zh = (await summary(CASES[0]!, 'zh-CN')).stdout;
    const sign = zh.indexOf('（盖章）');
    expect(sign).toBeGreaterThan(zh.indexOf('## 四、'));
    expect(sign).toBeLessThan(zh.indexOf('## 附件一'));
    expect(zh.slice(sign, zh.indexOf('## 附件一'))).toContain('校长（签字）');
  });
});

describe('the judgements behind the sentences', () => {
  const tally = (pairs: [string, number][]) => pairs.map(([label, count]) => ({ id: label, label, count }));
  it('ranks in levels of equal counts, at most five named', () => {
    expect(
      ranks(
        tally([
          ['a', 5],
          ['b', 5],
          ['c', 4],
          ['d', 4],
          ['e', 4],
          ['f', 1],
        ]),
      ),
    ).toEqual({
      levels: [
        { count: 5, labels: ['a', 'b'], more: 0 },
        { count: 4, labels: ['c', 'd', 'e'], more: 0 },
      ],
      even: false,
      used: 6,
    });
    expect(
      ranks(
        tally([
          ['a', 2],
          ['b', 2],
        ]),
      ).even,
    ).toBe(true);
    expect(
      ranks(
        tally([
          ['a', 9],
          ['b', 3],
          ['c', 3],
          ['d', 3],
          ['e', 3],
          ['f', 3],
        ]),
      ).levels,
    ).toEqual([{ count: 9, labels: ['a'], more: 0 }]);
    expect(ranks(tally([1, 2, 3, 4, 5, 6, 7].map((i) => [`x${i}`, 1] as [string, number]))).levels[0]).toMatchObject({ count: 1, more: 2 });
  });
  it('names every busiest month', () => {
    expect(
      busiestMonths([
        { month: '2026-03', count: 10 },
        { month: '2026-04', count: 7 },
        { month: '2026-07', count: 10 },
      ]),
    ).toEqual({ months: ['2026-03', '2026-07'], count: 10, even: false });
    expect(busiestMonths([{ month: '2026-03', count: 0 }])).toEqual({ months: [], count: 0, even: false });
  });
  it('claims a pairing only when both sides happened', () => {
    const p = { internal: 3, external: 0, both: 0, full: 0, partial: 3, process: 0, result: 3, untimed: 0, explained: 0 };
    expect(pairingClaims(p, 3)).toEqual({ claims: [], gaps: ['external', 'process', 'explain'] });
    expect(pairingClaims({ ...p, external: 1, process: 1, explained: 2, full: 1 }, 3).claims).toEqual([
      'inout',
      'scope',
      'process',
      'explain',
    ]);
    expect(pairingClaims(p, 0)).toEqual({ claims: [], gaps: [] });
  });
  it('quotes a Chinese name that holds 、 and joins English lists with “and”', () => {
    expect(summaryFormatters('zh-CN').series(['财务收支', '职称评审、绩效考评、评优评奖'])).toBe(
      '财务收支、“职称评审、绩效考评、评优评奖”',
    );
    expect(summaryFormatters('en').series(['a', 'b', 'c'])).toBe('a, b and c');
    expect(summaryFormatters('zh-CN').day('2026-06-15')).toBe('2026年6月15日');
  });
});
