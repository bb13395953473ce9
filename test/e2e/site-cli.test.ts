/**
 * `xwgk site` as a real process on temporary archives and on the sample archive: what goes out and
 * what never does (staff-only, student-aid, withdrawn content), the guide and the 目录, the same bytes
 * twice, the feed, the English site. The gates, images and `--since`: site-gates.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, spawnCli, tempDir } from '../helpers/archive.js';
import { buildSite, SITE_RECORDS, siteFiles, siteText, writeSiteArchive } from '../helpers/site.js';

const build = buildSite;

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of siteFiles(dir))
    h.update(f)
      .update('\0')
      .update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

describe('xwgk site on a small archive', () => {
  let archive: string, out: string, text: string;
  beforeAll(() => {
    archive = writeSiteArchive();
    out = join(tempDir(), 'site');
    const r = build(archive, out, '--base-url', 'https://www.test.edu.cn/xxgk/');
    expect(r.stderr).toContain('4 条公开记录');
    expect(r.code).toBe(0);
    text = siteText(out);
  });

  it('publishes the public and parents records with their pages, and the pages of the site', () => {
    const files = siteFiles(out);
    for (const p of [
      'index.html',
      'guide.html',
      'directory.html',
      'search.html',
      'site.css',
      'search.js',
      'feed.xml',
      'manifest.json',
      'columns/fees.html',
      'categories/fees.html',
      'terms/2025-2026-1.html',
      'years/2025-2026.html',
      'records/2025/20250826-001.html',
      'records/2025/20250910-001.html',
    ]) {
      expect(files).toContain(p);
    }
    expect(files.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    const fees = readFileSync(join(out, 'records/2025/20250826-001.html'), 'utf8');
    expect(fees).toContain('<html lang="zh-CN">');
    expect(fees).toContain('作业本费每生每学期20元');
    expect(fees).toContain('示价〔2024〕12号');
  });

  it('never lets out a record for staff alone, nor a student-aid list — not in pages, index, feed or manifest', () => {
    for (const secret of [
      SITE_RECORDS.staff.title,
      '绩效分配细则丁戊己',
      SITE_RECORDS.aid.title,
      '张三',
      SITE_RECORDS.staff.id,
      SITE_RECORDS.aid.id,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(siteFiles(out).some((f) => f.includes('20251010-001') || f.includes('student-aid'))).toBe(false);
  });

  it('shows a withdrawn record as withdrawn, with its date and reason, without its content', () => {
    const page = readFileSync(join(out, 'records/2025/20251020-001.html'), 'utf8');
    expect(page).toContain('已撤回');
    expect(page).toContain('本条已于 2025年10月22日 撤回。原因：日期有误，另行通知');
    expect(text).not.toContain('被撤回的内容癸子丑');
  });

  it('writes the guide from public: and the 目录 from the catalog, student-aid marked as not on the web', () => {
    const guide = readFileSync(join(out, 'guide.html'), 'utf8');
    for (const s of ['测试小学办公室', '测试市学府路 1 号', '周一至周五 8:00—17:00', 'mailto:xxgk@test.edu.cn', '20 个工作日内答复'])
      expect(guide).toContain(s);
    const dir = readFileSync(join(out, 'directory.html'), 'utf8');
    for (const h of ['事项', '公开内容', '公开依据', '公开时限', '公开渠道', '公开对象'])
      expect(dir).toContain(`<th scope="col">${h}</th>`);
    expect(dir).toContain('计价格〔2002〕792号');
    expect(dir).toMatch(/学生资助公示 <span class="meta">（只在校内公示，不上网站）/);
  });

  it('writes an Atom feed of the latest disclosures with absolute links', () => {
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://www.test.edu.cn/xxgk/records/2025/20251105-001.html"/>');
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    expect(feed).toContain('<updated>2025-11-05T00:00:00Z</updated>');
  });

  it('gives the same bytes for the same archive, under another time zone too', () => {
    const again = join(tempDir(), 'site');
    const r = spawnCli(['--archive', archive, 'site', '--out', again, '--base-url', 'https://www.test.edu.cn/xxgk/'], {
      env: { TZ: 'America/Los_Angeles' },
    });
    expect(r.code).toBe(0);
    expect(digest(again)).toBe(digest(out));
  });
});

describe('xwgk site without a public: section', () => {
  it('shows the public records only and a guide without contact details it was not given', () => {
    const archive = writeSiteArchive({ 'xwgk.yaml': 'school: 测试小学\n' });
    const out = join(tempDir(), 'site');
    const r = build(archive, out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('3 条公开记录');
    expect(r.stderr).toContain('--base-url');
    const guide = readFileSync(join(out, 'guide.html'), 'utf8');
    expect(guide).not.toContain('办公地址');
    expect(guide).toContain('可以向学校办公室提出申请');
    expect(existsSync(join(out, 'records/2025/20250910-001.html'))).toBe(false);
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain(
      '<link rel="alternate" type="text/html" href="records/2025/20251105-001.html"/>',
    );
  });
});

describe('xwgk site on the sample archive', () => {
  it('in Chinese and English, without any staff-only or student-aid record', () => {
    const out = join(tempDir(), 'site');
    expect(spawnCli(['--archive', join(REPO, 'archive'), 'site', '--out', out]).code).toBe(0);
    const text = siteText(out);
    const sample = JSON.parse(
      spawnCli(['--archive', join(REPO, 'archive'), 'list', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'json']).stdout,
    ) as { id: string; title: string; content: string; audience: string[]; category: string }[];
    const hidden = sample.filter(
      (r) => (!r.audience.includes('public') && !r.audience.includes('parents')) || r.category === 'student-aid',
    );
    expect(hidden.length).toBeGreaterThan(20);
    for (const r of hidden) {
      expect(text).not.toContain(r.title);
      expect(text).not.toContain(r.id);
      expect(text).not.toContain(r.content.trim().split('\n')[0]!.slice(0, 30));
    }
    // The annual report of 2025, as xwgk report words it, linked from the home page.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<a href="reports/2025.html">2025年度信息公开工作报告</a>');
    expect(readFileSync(join(out, 'reports/2025.html'), 'utf8')).toContain('<h1>示例市实验小学2025年信息公开工作年度报告</h1>');
    const en = join(tempDir(), 'site-en');
    expect(spawnCli(['--archive', join(REPO, 'archive'), '--lang', 'en', 'site', '--out', en]).code).toBe(0);
    const home = readFileSync(join(en, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="en">');
    expect(home).toContain('Latest disclosures');
    expect(readFileSync(join(en, 'directory.html'), 'utf8')).toContain('<th scope="col">Time limit</th>');
    // The index segments the records' Chinese whatever the site's language.
    expect(siteFiles(en).some((f) => /^pagefind\/pagefind\.zh-cn_\w+\.pf_meta$/.test(f))).toBe(true);
    // The archive's own Chinese text is marked as Chinese on the English pages.
    expect(readFileSync(join(en, 'records/2025/20250826-001.html'), 'utf8')).toContain(
      '<h1 lang="zh-CN">2025年秋季学期收费项目及标准公示</h1>',
    );
  });
});
