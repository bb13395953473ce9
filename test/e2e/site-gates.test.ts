/**
 * `xwgk site` as a real process: what it refuses (a personal number in what would be published, an
 * output folder inside the archive or someone else's, a link, an attachment not matching its hash),
 * images that lose their metadata on the way out, and `manifest.json` with `--since`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { recordYaml, tempDir } from '../helpers/archive.js';
import { buildSite as build, SITE_RECORDS, writeSiteArchive } from '../helpers/site.js';

describe('xwgk site refuses what must not go out', () => {
  it('exits 1, writes nothing and names the record when a published text holds a personal number', () => {
    const archive = writeSiteArchive({
      'records/2025/20251201-001.yaml': recordYaml({ ...SITE_RECORDS.safety, id: '20251201-001', content: '联系人手机 13812345678。' }),
    });
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
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'TestCam', Artist: 'Wang Jianguo' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' },
      })
      .toBuffer();
    expect(await exifr.gps(jpeg)).toMatchObject({ latitude: expect.closeTo(31.2333, 3) });
    const sha = createHash('sha256').update(jpeg).digest('hex');
    const archive = writeSiteArchive({
      'attachments/2025/公示栏照片.jpg': jpeg,
      'records/2025/20251105-001.yaml': recordYaml({
        ...SITE_RECORDS.safety,
        attachments: `[{path: attachments/2025/公示栏照片.jpg, sha256: ${sha}, note: 公示栏}]`,
      }),
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
    expect(manifest.records.find((e: { id: string }) => e.id === '20251105-001').attachments).toEqual([
      { path: 'files/2025/公示栏照片.jpg', sha256: createHash('sha256').update(copy).digest('hex') },
    ]);
  });

  it('names a record file it could not read, which is then not on the site', () => {
    const archive = writeSiteArchive({ 'records/2025/20251201-001.yaml': 'id: 20251201-001\ntitle: [unclosed\n' });
    const r = build(archive, join(tempDir(), 'site'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('records/2025/20251201-001.yaml');
  });

  it('refuses an attachment that is not what its record says', () => {
    const archive = writeSiteArchive({
      'attachments/2025/a.pdf': 'changed',
      'records/2025/20251105-001.yaml': recordYaml({
        ...SITE_RECORDS.safety,
        attachments: `[{path: attachments/2025/a.pdf, sha256: ${'a'.repeat(64)}}]`,
      }),
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
    expect(old.records[0]).toMatchObject({
      page: 'records/2025/20250826-001.html',
      published: '2025-11-06',
      changed: '2025-11-06',
      status: 'published',
    });
    const keep = join(tempDir(), 'old-manifest.json');
    writeFileSync(keep, JSON.stringify(old));
    // A new record, a changed one, and one no longer for the public.
    writeFileSync(
      join(archive, 'records/2025/20251120-001.yaml'),
      recordYaml({
        ...SITE_RECORDS.safety,
        id: '20251120-001',
        title: '冬季用电安全提示',
        content: '请家长提醒孩子注意用电安全。',
        time: '2025-11-20',
      }),
    );
    writeFileSync(
      join(archive, 'records/2025/20251105-001.yaml'),
      recordYaml({ ...SITE_RECORDS.safety, content: '11月对全部校舍进行了安全检查，整改2处。' }),
    );
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
    expect(now.records.find((e: { id: string }) => e.id === '20251105-001')).toMatchObject({
      published: '2025-11-06',
      changed: '2025-11-21',
    });
  });

  it('says which file is not a manifest', () => {
    const bad = join(tempDir(), 'm.json');
    writeFileSync(bad, '{"records": 1}');
    const r = build(writeSiteArchive(), join(tempDir(), 'site'), '--since', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('m.json');
  });
});
