/**
 * What may go on the school website, and what must not. A record goes out when its audience includes
 * one the site shows (`public`, and `parents` when `xwgk.yaml` says so) and its category is not kept
 * off the web (`web: false`, by default the student-aid lists: 教财厅函〔2017〕28号 keeps them on the
 * board). A record for staff alone never goes out. A withdrawn record goes out as a notice: its title,
 * the date and the reason, never its content. Before anything is written, the `privacy` check must
 * pass on every text that would be published; otherwise the site is refused with every finding.
 */
import type { Archive, LoadedRecord } from '../archive/load.js';
import { privacyFindings } from '../checks/privacy.js';
import type { Catalog } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import type { PublicSettings, SiteAudience } from '../model/public-settings.js';
import type { DisclosureRecord } from '../model/record.js';

export interface SiteSelection {
  /** The records that go out, withdrawn ones included (as notices), in id order. */
  records: LoadedRecord[];
  /** How many records stayed off the site, and why (counted, never named: the site must not tell). */
  withheld: { audience: number; category: number };
  /** Privacy findings on what would be published; the site is refused while there is any. */
  privacy: Finding[];
}

/** The audiences a site shows: always `public`, plus those `xwgk.yaml` adds. */
export function siteAudiences(settings: PublicSettings): SiteAudience[] {
  return settings.audiences.includes('public') ? [...settings.audiences] : ['public', ...settings.audiences];
}

/** True when the record's category may be published on the web at all. */
export function categoryOnWeb(catalog: Catalog, category: string): boolean {
  return catalog.category(category)?.web !== false;
}

/** Picks the records of `archive` that go on the site, and checks that nothing private goes with them. */
export function selectSiteRecords(archive: Pick<Archive, 'records' | 'catalog'>, settings: PublicSettings): SiteSelection {
  const shown = new Set<string>(siteAudiences(settings));
  const withheld = { audience: 0, category: 0 };
  const records: LoadedRecord[] = [];
  for (const loaded of archive.records) {
    const r = loaded.record;
    if (!r.audience.some((a) => shown.has(a))) withheld.audience++;
    else if (!categoryOnWeb(archive.catalog, r.category)) withheld.category++;
    else records.push(loaded);
  }
  records.sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  return { records, withheld, privacy: records.flatMap(publishedPrivacyFindings) };
}

/** The top-level keys whose text a record page shows (never the people's opinions, names of staff or tags). */
export const PUBLISHED_KEYS = ['title', 'content', 'basis', 'explanation', 'review', 'supervision', 'attachments'] as const;
/** A withdrawn record's notice says only what was withdrawn, when and why. */
const WITHDRAWN_KEYS = ['title', 'withdrawn'] as const;

/** Privacy findings on the parts of a record the site would publish. */
export function publishedPrivacyFindings(loaded: LoadedRecord): Finding[] {
  // A record withdrawn because it leaked a number is exactly the one whose content must stay off the site.
  const keys: readonly string[] = isWithdrawn(loaded.record) ? WITHDRAWN_KEYS : PUBLISHED_KEYS;
  return privacyFindings(loaded).filter((f) => keys.includes(String(f.message.params?.field ?? '').split(/[.[]/)[0]!));
}

export function isWithdrawn(r: DisclosureRecord): boolean {
  return r.status === 'withdrawn';
}
