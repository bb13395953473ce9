/**
 * `manifest.json` of a generated site, and what changed since an older one. For schools that publish
 * through a CMS or the county portal by hand: the manifest lists each published record (id, the hash
 * of what its page shows, the page, the attachments as published) and the date it first went up;
 * `xwgk site --since OLD-MANIFEST` compares and lists what is new, changed or to be taken down.
 */
import { usageError } from '../model/errors.js';
import type { SiteData, SiteRecord } from './site-data.js';

export const MANIFEST_FORMAT = 'xwgk-site-manifest/1';

export interface ManifestEntry {
  id: string;
  hash: string;
  page: string;
  status: 'published' | 'withdrawn';
  title: string;
  /** When it first went on the site, and when what it shows last changed (kept from the old manifest). */
  published: string;
  changed: string;
  attachments: { path: string; sha256: string }[];
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  school: string;
  /** The site's date; null for a site of an archive with nothing on it yet, built without --today. */
  updated: string | null;
  records: ManifestEntry[];
}

export interface SiteChanges {
  /** The old manifest's date (null: it had none). */
  since: string | null;
  added: SiteRecord[];
  changed: SiteRecord[];
  /** In the old manifest, no longer on the site (its audience or category changed): take it down. */
  removed: { id: string; title: string; page: string }[];
}

/**
 * The manifest of `data`. `published` is the sha-256 of each attachment as copied to the site; a record
 * already in `old` keeps its first date, and its change date unless what it shows changed.
 */
export function buildManifest(data: SiteData, published: ReadonlyMap<string, string>, old?: Manifest): Manifest {
  const before = new Map((old?.records ?? []).map((e) => [e.id, e]));
  return {
    format: MANIFEST_FORMAT,
    school: data.school,
    updated: data.updated ?? null,
    records: data.records.map((r) => {
      const prev = before.get(r.id);
      // Without --today a record's dates are its own (the clock would make the bytes differ every run).
      const first = prev?.published ?? data.today ?? r.date;
      return {
        id: r.id,
        hash: r.hash,
        page: r.page,
        status: r.status,
        title: r.title,
        published: first,
        changed: prev?.hash === r.hash ? prev.changed : (data.today ?? r.withdrawn?.on ?? r.date),
        attachments: r.attachments.map((a) => ({ path: a.path, sha256: published.get(a.path) ?? a.sha256 })),
      };
    }),
  };
}

/** What is new or changed in `data` since `old`, and what `old` lists that is no longer on the site. */
export function siteChanges(data: SiteData, old: Manifest): SiteChanges {
  const before = new Map(old.records.map((e) => [e.id, e]));
  const now = new Set(data.records.map((r) => r.id));
  return {
    since: old.updated,
    added: data.records.filter((r) => !before.has(r.id)),
    changed: data.records.filter((r) => before.has(r.id) && before.get(r.id)!.hash !== r.hash),
    removed: old.records.filter((e) => !now.has(e.id)).map((e) => ({ id: e.id, title: e.title, page: e.page })),
  };
}

/** `value` as a manifest of ours, else a usage error naming the file it came from. */
export function parseManifest(value: unknown, shown: string): Manifest {
  const m = value as Partial<Manifest> | null;
  if (m?.format !== MANIFEST_FORMAT || !Array.isArray(m.records) || (typeof m.updated !== 'string' && m.updated !== null)) {
    throw usageError('err.site-manifest', { file: shown, detail: `format ≠ ${MANIFEST_FORMAT}` }, { key: 'hint.site-manifest' });
  }
  return m as Manifest;
}
