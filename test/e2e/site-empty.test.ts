/**
 * `xwgk site` on an archive with nothing to publish yet: the pages say so, and give a date only when
 * `--today` gives one — never a made-up one (the epoch, 1970-01-01, as before). Both languages, the
 * feed, the manifest and a later `--since` against that manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordYaml, spawnCli, tempDir, writeArchive } from '../helpers/archive.js';
import { buildSite, siteFiles, siteText, SITE_RECORDS } from '../helpers/site.js';

const footer = (dir: string, page = 'index.html') => readFileSync(join(dir, page), 'utf8').match(/<footer[^]*?<\/footer>/)![0];

describe('xwgk site on an archive with no records yet', () => {
  it('says there is nothing published yet, with no date, in Chinese', () => {
    const archive = writeArchive();
    const out = join(tempDir(), 'site');
    const r = buildSite(archive, out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('0 条公开记录');
    const text = siteText(out);
    expect(text).not.toContain('1970');
    expect(footer(out)).toContain('尚无公开信息 ·');
    expect(footer(out)).not.toContain('更新于');
    expect(footer(out, 'guide.html')).toContain('尚无公开信息');
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    // No empty lists: the latest disclosures, the terms and the years each say there is nothing yet.
    expect(home.match(/<p class="empty">暂无公开信息<\/p>/g)).toHaveLength(3);
    expect(home).not.toMatch(/<ul class="groups">\s*<\/ul>/);
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed).not.toContain('<updated>');
    expect(feed).not.toContain('<entry>');
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ updated: null, records: [] });
    expect(siteFiles(out).some((f) => f.startsWith('reports/'))).toBe(false);
  });

  it('gives the date of --today, in English too, and the feed carries it', () => {
    const archive = writeArchive();
    const out = join(tempDir(), 'site');
    expect(buildSite(archive, out, '--today', '2026-09-01').code).toBe(0);
    expect(footer(out)).toContain('尚无公开信息，更新于 2026年9月1日');
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain('<updated>2026-09-01T00:00:00Z</updated>');
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).updated).toBe('2026-09-01');
    const en = join(tempDir(), 'site-en');
    expect(spawnCli(['--archive', archive, '--lang', 'en', 'site', '--out', en, '--today', '2026-09-01']).code).toBe(0);
    expect(footer(en)).toContain('No disclosures yet; updated 1 September 2026');
    const enOut = join(tempDir(), 'site-en-undated');
    expect(spawnCli(['--archive', archive, '--lang', 'en', 'site', '--out', enOut]).code).toBe(0);
    expect(footer(enOut)).toContain('No disclosures yet ·');
    expect(siteText(enOut)).not.toContain('1970');
  });

  it('lists what is new since a manifest of an empty site, which had no date', () => {
    const archive = writeArchive();
    const first = join(tempDir(), 'site');
    expect(buildSite(archive, first).code).toBe(0);
    const later = writeArchive({ [`records/2025/${SITE_RECORDS.safety.id}.yaml`]: recordYaml(SITE_RECORDS.safety) });
    const out = join(tempDir(), 'site');
    const r = buildSite(later, out, '--since', join(first, 'manifest.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('自上次发布（当时尚无公开信息）以来：1 条新增，0 条改动，0 条应撤下');
    expect(r.stdout).toContain(SITE_RECORDS.safety.title);
    expect(footer(out)).toContain('更新于 2025年11月5日');
    const again = buildSite(archive, join(tempDir(), 'site'), '--since', join(first, 'manifest.json'));
    expect(again.stdout).toBe('自上次发布（当时尚无公开信息）以来没有变化\n');
  });
});
