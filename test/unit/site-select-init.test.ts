/**
 * The pure parts of `xwgk site`: which records may go out (audiences, never-web categories, withdrawn
 * notices and the privacy gate on what is actually published), and the `public:` section `init` writes.
 */
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { withPublicSection } from '../../src/commands/init-public.js';
import { defaultPublicSettings, PublicSettingsSchema } from '../../src/model/public-settings.js';
import { selectSiteRecords } from '../../src/reports/site-select.js';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { recordYaml } from '../helpers/archive.js';
import { SITE_RECORDS, writeSiteArchive } from '../helpers/site.js';
import { templatePath } from '../../src/model/package-paths.js';

const ids = (s: ReturnType<typeof selectSiteRecords>) => s.records.map((r) => r.record.id);

describe('selectSiteRecords', () => {
  const archive = loadArchive(writeSiteArchive(), { cache: false });

  it('takes the public only by default, parents when xwgk.yaml adds them, never staff or student-aid', () => {
    const onlyPublic = selectSiteRecords(archive, defaultPublicSettings());
    expect(ids(onlyPublic)).toEqual(['20250826-001', '20251020-001', '20251105-001']);
    expect(onlyPublic.withheld).toEqual({ audience: 2, category: 1 });
    const withParents = selectSiteRecords(archive, PublicSettingsSchema.parse({ audiences: ['parents'] }));
    expect(ids(withParents)).toEqual(['20250826-001', '20250910-001', '20251020-001', '20251105-001']);
    expect(withParents.withheld).toEqual({ audience: 1, category: 1 });
  });

  it('keeps a category off the web when the catalog says web: false, and publishes student-aid when it says true', () => {
    const settings = `school: 测试小学\ncatalog:\n  categories:\n    - { id: safety, web: false }\n    - { id: student-aid, web: true }\n`;
    const a = loadArchive(writeSiteArchive({ 'xwgk.yaml': settings }), { cache: false });
    expect(ids(selectSiteRecords(a, defaultPublicSettings()))).toEqual(['20250826-001', '20250915-001', '20251020-001']);
  });

  it('gates on personal numbers in what is published only', () => {
    const leak = (fields: Record<string, unknown>) =>
      selectSiteRecords(
        loadArchive(writeSiteArchive({ [`records/2025/${fields.id}.yaml`]: recordYaml(fields) }), { cache: false }),
        defaultPublicSettings(),
      ).privacy;
    expect(leak({ ...SITE_RECORDS.safety, content: '电话 13812345678' }).map((f) => [f.id, f.code])).toEqual([
      ['20251105-001', 'privacy.mobile'],
    ]);
    expect(leak({ ...SITE_RECORDS.safety, basis: '13812345678' })).toHaveLength(1);
    // Opinions and the people responsible are not on the page; a withdrawn record's content neither.
    expect(leak({ ...SITE_RECORDS.safety, responsible: '王建国 13812345678' })).toEqual([]);
    expect(leak({ ...SITE_RECORDS.withdrawn, content: '13812345678' })).toEqual([]);
    expect(leak({ ...SITE_RECORDS.withdrawn, withdrawn: '{on: 2025-10-22, reason: 误登手机 13812345678}' })).toHaveLength(1);
  });
});

describe('the public: section of xwgk.yaml', () => {
  it('is written by init from the answers, in place of the commented example, and reads back', () => {
    const template = readFileSync(templatePath('xwgk.yaml'), 'utf8').replace('SCHOOL', '测试小学').replace('LOCALE', 'zh-CN');
    const text = withPublicSection(template, { office: '学校办公室', phone: '0000-123', email: 'a@b.cn', parents: true });
    const settings = parse(text);
    expect(settings.public).toEqual({ office: '学校办公室', phone: '0000-123', email: 'a@b.cn', audiences: ['public', 'parents'] });
    expect(text).not.toContain('#   office:');
    expect(PublicSettingsSchema.parse(settings.public)).toMatchObject({ office: '学校办公室', audiences: ['public', 'parents'] });
    expect(withPublicSection(template, undefined)).toBe(template);
  });

  it('refuses staff as a site audience and a base_url that is not an address', () => {
    expect(PublicSettingsSchema.safeParse({ audiences: ['staff'] }).success).toBe(false);
    expect(PublicSettingsSchema.safeParse({ base_url: 'xxgk' }).success).toBe(false);
    expect(PublicSettingsSchema.safeParse({ base_url: 'https://www.test.edu.cn/xxgk/' }).success).toBe(true);
  });
});

describe('public: as people write it', () => {
  it('reads e-mail, tel and a single audience as email, phone and audiences', () => {
    expect(PublicSettingsSchema.parse({ 'e-mail': 'a@b.cn', tel: '0000-1', audience: 'parents' })).toMatchObject({
      email: 'a@b.cn',
      phone: '0000-1',
      audiences: ['parents'],
    });
  });
});
