/**
 * `xwgk site` as a real process on temporary archives and on the sample archive: what goes out and
 * what never does (staff-only, student-aid, withdrawn content, privacy), images without metadata, the
 * same bytes twice, the feed, the English site, the output folder rules and `--since`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordYaml, REPO, spawnCli, tempDir } from '../helpers/archive.js';
import { SITE_RECORDS, siteFiles, siteText, writeSiteArchive } from '../helpers/site.js';

function build(archive: string, out: string, ...args: string[]) {
  return spawnCli(['--archive', archive, 'site', '--out', out, ...args]);
}

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of siteFiles(dir)) h.update(f).update('\0').update(readFileSync(join(dir, f)));
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
    for (const p of ['index.html', 'guide.html', 'directory.html', 'search.html', 'site.css', 'search.js', 'feed.xml', 'manifest.json', 'columns/fees.html', 'categories/fees.html', 'terms/2025-2026-1.html', 'years/2025-2026.html', 'records/2025/20250826-001.html', 'records/2025/20250910-001.html']) {
      expect(files).toContain(p);
    }
    expect(files.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    const fees = readFileSync(join(out, 'records/2025/20250826-001.html'), 'utf8');
    expect(fees).toContain('<html lang="zh-CN">');
    expect(fees).toContain('作业本费每生每学期20元');
    expect(fees).toContain('示价〔2024〕12号');
  });

  it('never lets out a record for staff alone, nor a student-aid list — not in pages, index, feed or manifest', () => {
    for (const secret of [SITE_RECORDS.staff.title, '绩效分配细则丁戊己', SITE_RECORDS.aid.title, '张三', SITE_RECORDS.staff.id, SITE_RECORDS.aid.id]) {
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
    for (const s of ['测试小学办公室', '测试市学府路 1 号', '周一至周五 8:00—17:00', 'mailto:xxgk@test.edu.cn', '20 个工作日内答复']) expect(guide).toContain(s);
    const dir = readFileSync(join(out, 'directory.html'), 'utf8');
    for (const h of ['事项', '公开内容', '公开依据', '公开时限', '公开渠道', '公开对象']) expect(dir).toContain(`<th scope="col">${h}</th>`);
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
    const r = spawnCli(['--archive', archive, 'site', '--out', again, '--base-url', 'https://www.test.edu.cn/xxgk/'], { env: { TZ: 'America/Los_Angeles' } });
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
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain('<link rel="alternate" type="text/html" href="records/2025/20251105-001.html"/>');
  });
});

describe('xwgk site refuses what must not go out', () => {
  it('exits 1, writes nothing and names the record when a published text holds a personal number', () => {
    const archive = writeSiteArchive({ 'records/2025/20251201-001.yaml': recordYaml({ ...SITE_RECORDS.safety, id: '20251201-001', content: '联系人手机 13812345678。' }) });
    const out = join(tempDir(), 'site');
    const r = build(archive, out);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain('records/2025/20251201-001.yaml');
    expect(r.stderr).toContain('会随网站公开');
    expect(r.stderr).not.toContain('13812345678');
  });

  it('does not mind a number in a staff-only record or in what a withdrawn record no longer shows', () => {
    const archive = writeSiteArchive({
      'records/2025/20251010-001.yaml': recordYaml({ ...SITE_RECORDS.staff, content: '联系人手机 13812345678。' }),
      'records/2025/20251020-001.yaml': recordYaml({ ...SITE_RECORDS.withdrawn, content: '误登了手机 13812345678。' }),
    });
    expect(build(archive, join(tempDir(), 'site')).code).toBe(0);
  });

  it('never writes inside the archive, nor over a folder that is not a site', () => {
    const archive = writeSiteArchive();
    for (const out of [archive, join(archive, 'records'), join(archive, 'site')]) {
      const r = build(archive, out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('网站不能写进档案');
    }
    const parent = join(archive, '..');
    expect(build(archive, parent).code).toBe(2);
    const busy = tempDir();
    writeFileSync(join(busy, '论文.docx'), 'mine');
    const r = build(archive, busy);
    expect(r.code).toBe(2);
    expect(readFileSync(join(busy, '论文.docx'), 'utf8')).toBe('mine');
    expect(build(archive, join(busy, '论文.docx')).code).toBe(2);
  });

  it('replaces an earlier site, and refuses a link as the folder', () => {
    const archive = writeSiteArchive();
    const out = join(tempDir(), 'site');
    expect(build(archive, out).code).toBe(0);
    writeFileSync(join(out, 'stale.html'), 'left from before');
    expect(build(archive, out).code).toBe(0);
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
    const link = join(tempDir(), 'link');
    symlinkSync(out, link);
    const r = build(archive, link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是一个链接');
  });
});

describe('images lose their metadata on the way out', () => {
  it('copies a JPEG with GPS EXIF without any of it, and shows the original SHA-256', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } }).jpeg()
      .withExif({ IFD0: { Make: 'TestCam', Artist: 'Wang Jianguo' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' } })
      .toBuffer();
    expect(await exifr.gps(jpeg)).toMatchObject({ latitude: expect.closeTo(31.2333, 3) });
    const sha = createHash('sha256').update(jpeg).digest('hex');
    const archive = writeSiteArchive({
      'attachments/2025/公示栏照片.jpg': jpeg,
      'records/2025/20251105-001.yaml': recordYaml({ ...SITE_RECORDS.safety, attachments: `[{path: attachments/2025/公示栏照片.jpg, sha256: ${sha}, note: 公示栏}]` }),
    });
    const out = join(tempDir(), 'site');
    const r = build(archive, out);
    expect(r.code).toBe(0);
    const copy = readFileSync(join(out, 'files/2025/公示栏照片.jpg'));
    expect(await exifr.parse(copy, true)).toBeUndefined();
    expect(await exifr.gps(copy)).toBeUndefined();
    expect(copy.includes(Buffer.from('TestCam'))).toBe(false);
    expect((await sharp(copy).metadata()).width).toBe(40);
    const page = readFileSync(join(out, 'records/2025/20251105-001.html'), 'utf8');
    expect(page).toContain(sha);
    expect(page).toContain(`href="../../files/2025/${encodeURIComponent('公示栏照片.jpg')}"`);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.records.find((e: { id: string }) => e.id === '20251105-001').attachments).toEqual([{ path: 'files/2025/公示栏照片.jpg', sha256: createHash('sha256').update(copy).digest('hex') }]);
  });

  it('refuses an attachment that is not what its record says', () => {
    const archive = writeSiteArchive({
      'attachments/2025/a.pdf': 'changed',
      'records/2025/20251105-001.yaml': recordYaml({ ...SITE_RECORDS.safety, attachments: `[{path: attachments/2025/a.pdf, sha256: ${'a'.repeat(64)}}]` }),
    });
    const out = join(tempDir(), 'site');
    const r = build(archive, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('attachments/2025/a.pdf');
    expect(existsSync(out)).toBe(false);
  });
});

describe('manifest.json and --since', () => {
  it('lists what is new or changed since the last publication, ready to paste, and what to take down', () => {
    const archive = writeSiteArchive();
    const first = join(tempDir(), 'site');
    expect(build(archive, first, '--today', '2025-11-06').code).toBe(0);
    const old = JSON.parse(readFileSync(join(first, 'manifest.json'), 'utf8'));
    expect(old.records.map((e: { id: string }) => e.id)).toEqual(['20250826-001', '20250910-001', '20251020-001', '20251105-001']);
    expect(old.records[0]).toMatchObject({ page: 'records/2025/20250826-001.html', published: '2025-11-06', changed: '2025-11-06', status: 'published' });
    const keep = join(tempDir(), 'old-manifest.json');
    writeFileSync(keep, JSON.stringify(old));
    // A new record, a changed one, and one no longer for the public.
    writeFileSync(join(archive, 'records/2025/20251120-001.yaml'), recordYaml({ ...SITE_RECORDS.safety, id: '20251120-001', title: '冬季用电安全提示', content: '请家长提醒孩子注意用电安全。', time: '2025-11-20' }));
    writeFileSync(join(archive, 'records/2025/20251105-001.yaml'), recordYaml({ ...SITE_RECORDS.safety, content: '11月对全部校舍进行了安全检查，整改2处。' }));
    writeFileSync(join(archive, 'records/2025/20250910-001.yaml'), recordYaml({ ...SITE_RECORDS.parents, audience: '[staff]' }));
    const r = build(archive, first, '--since', keep, '--today', '2025-11-21');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('自 2025年11月6日 上次发布以来（1 条新增，1 条改动，1 条应撤下）');
    expect(r.stdout).toContain(`[新增] 20251120-001  页面：${first}/records/2025/20251120-001.html`);
    expect(r.stdout).toContain('冬季用电安全提示\n公开时间：2025年11月20日\n公开类别：安全与突发事件\n\n请家长提醒孩子注意用电安全。');
    expect(r.stdout).toContain('[改动] 20251105-001');
    expect(r.stdout).toContain('20250910-001  家长开放日安排');
    const json = JSON.parse(build(archive, first, '--since', keep, '--today', '2025-11-21', '--format', 'json').stdout);
    expect(json.added.map((e: { id: string }) => e.id)).toEqual(['20251120-001']);
    expect(json.changed[0].text).toContain('整改2处');
    const now = JSON.parse(readFileSync(join(first, 'manifest.json'), 'utf8'));
    const fees = now.records.find((e: { id: string }) => e.id === '20250826-001');
    expect(fees).toMatchObject({ published: '2025-11-06', changed: '2025-11-06' });
    expect(now.records.find((e: { id: string }) => e.id === '20251105-001')).toMatchObject({ published: '2025-11-06', changed: '2025-11-21' });
  });

  it('says which file is not a manifest', () => {
    const bad = join(tempDir(), 'm.json');
    writeFileSync(bad, '{"records": 1}');
    const r = build(writeSiteArchive(), join(tempDir(), 'site'), '--since', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('m.json');
  });
});

describe('xwgk site on the sample archive', () => {
  it('in Chinese and English, without any staff-only or student-aid record', () => {
    const out = join(tempDir(), 'site');
    expect(spawnCli(['--archive', join(REPO, 'archive'), 'site', '--out', out]).code).toBe(0);
    const text = siteText(out);
    const sample = JSON.parse(spawnCli(['--archive', join(REPO, 'archive'), 'list', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'json']).stdout) as { id: string; title: string; content: string; audience: string[]; category: string }[];
    const hidden = sample.filter((r) => !r.audience.includes('public') && !r.audience.includes('parents') || r.category === 'student-aid');
    expect(hidden.length).toBeGreaterThan(20);
    for (const r of hidden) {
      expect(text).not.toContain(r.title);
      expect(text).not.toContain(r.id);
      expect(text).not.toContain(r.content.trim().split('\n')[0]!.slice(0, 30));
    }
    const en = join(tempDir(), 'site-en');
    expect(spawnCli(['--archive', join(REPO, 'archive'), '--lang', 'en', 'site', '--out', en]).code).toBe(0);
    const home = readFileSync(join(en, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="en">');
    expect(home).toContain('Latest disclosures');
    expect(readFileSync(join(en, 'directory.html'), 'utf8')).toContain('<th scope="col">Time limit</th>');
    // The archive's own Chinese text is marked as Chinese on the English pages.
    expect(readFileSync(join(en, 'records/2025/20250826-001.html'), 'utf8')).toContain('<h1 lang="zh-CN">2025年秋季学期收费项目及标准公示</h1>');
  });
});
