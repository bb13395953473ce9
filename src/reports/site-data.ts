/**
 * The public site as plain data: the records that go out (as the pages show them), how they group
 * into columns, categories, school years and terms, the 主动公开目录 rows from the catalog in force,
 * and the 信息公开指南 settings. No language here: ids, dates and numbers; the renderers look up labels.
 * Every date comes from the records (or `--today`), so the same archive gives the same site.
 */
import { createHash } from 'node:crypto';
import type { Archive, LoadedRecord } from '../archive/load.js';
import { datePart } from '../model/dates.js';
import { termOfRecord } from '../model/periods.js';
import { defaultPublicSettings, type PublicSettings } from '../model/public-settings.js';
import { ANSWER_WORKING_DAYS, EXTENSION_WORKING_DAYS } from '../model/request-due.js';
import { schoolYearOfTerm } from '../model/terms.js';
import { yearHasData } from './annual-report.js';
import { directoryRows, type DirectoryRow } from './site-directory.js';
import { isWithdrawn, siteAudiences, type SiteSelection } from './site-select.js';

export interface SiteAttachment {
  /** Path inside the archive. */
  source: string;
  /** Path inside the site. */
  path: string;
  name: string;
  /** The archive's SHA-256 of the original file, as the record states it. */
  sha256: string;
  note?: string;
  /** Images are copied with their metadata (EXIF GPS, camera, author) removed. */
  image: boolean;
  /** PDFs are copied with their metadata (Author, Creator, Producer, XMP, dates) removed. Absent for other files. */
  pdf?: true;
}

export interface SiteRecord {
  id: string;
  title: string;
  category: string;
  column: string;
  date: string;
  time: string;
  term: string;
  year: string;
  page: string;
  status: 'published' | 'withdrawn';
  withdrawn?: { on: string; reason: string };
  content?: string;
  until?: string;
  timing?: string;
  decided?: string;
  form: string[];
  audience: string[];
  basis?: string;
  amount?: number;
  review?: { by: string; on: string };
  supervision?: { by: string; on: string };
  explanation?: string;
  attachments: SiteAttachment[];
  /** SHA-256 of what the page publishes, so a later site can tell what changed. */
  hash: string;
}

export type { DirectoryRow };

export interface SiteGroup {
  id: string;
  /** Record ids, newest first. */
  records: string[];
}

export interface SiteData {
  school: string;
  public: PublicSettings;
  feedbackDays: number;
  /** Working days to answer a request, and the one extension (as `xwgk request` counts them). */
  requestDays: { answer: number; extension: number };
  audiences: string[];
  records: SiteRecord[];
  /** The newest published records first (withdrawn ones are not news). */
  latest: string[];
  columns: (SiteGroup & { categories: SiteGroup[] })[];
  terms: (SiteGroup & { start: string; end: string; name: string })[];
  years: SiteGroup[];
  directory: DirectoryRow[];
  /** The calendar years whose annual report (年度报告) is on the site: those that have ended, with anything in the archive. */
  reports: number[];
  /** The date the site speaks of: `--today`, else the newest date in the records; none when there is neither. */
  updated?: string;
  /** `--today`, when given. */
  today?: string;
  withheld: SiteSelection['withheld'];
}

/** How many of the newest records the data keeps: the feed's entries (the home page shows fewer). */
export const LATEST_COUNT = 20;
const IMAGE_RE = /\.(jpe?g|png|webp|tiff?|gif|avif|heic)$/i;
const PDF_RE = /\.pdf$/i;

export function recordPage(id: string): string {
  return `records/${id.slice(0, 4)}/${id}.html`;
}

/** Builds the site's data from the selected records; `today` fixes the date the site speaks of. */
export function buildSiteData(archive: Archive, selection: SiteSelection, today?: string): SiteData {
  const settings = archive.config.public ?? defaultPublicSettings();
  const records = selection.records.map((l) => siteRecord(archive, l));
  const newest = (ids: SiteRecord[]) => [...ids].sort(byNewest).map((r) => r.id);
  const groupBy = (key: (r: SiteRecord) => string) => {
    const m = new Map<string, SiteRecord[]>();
    for (const r of records) {
      const list = m.get(key(r));
      if (list) list.push(r);
      else m.set(key(r), [r]);
    }
    return m;
  };
  const byTerm = groupBy((r) => r.term),
    byYear = groupBy((r) => r.year),
    byCategory = groupBy((r) => r.category);
  const columns = archive.catalog.data.columns.map((c) => ({
    id: c.id,
    records: newest(records.filter((r) => r.column === c.id)),
    categories: archive.catalog.data.categories
      .filter((cat) => cat.column === c.id && cat.web !== false && (byCategory.has(cat.id) || !archive.catalog.disabled.has(cat.id)))
      .map((cat) => ({ id: cat.id, records: newest(byCategory.get(cat.id) ?? []) })),
  }));
  const terms = [...byTerm.keys()]
    .sort()
    .reverse()
    .map((id) => {
      const t = archive.terms.byId(id);
      return { id, name: t.name, start: t.start, end: t.end, records: newest(byTerm.get(id)!) };
    });
  const years = [...byYear.keys()]
    .sort()
    .reverse()
    .map((id) => ({ id, records: newest(byYear.get(id)!) }));
  const dates = records.flatMap((r) => [r.date, ...(r.withdrawn ? [r.withdrawn.on] : [])]).sort();
  const data: SiteData = {
    school: archive.config.school,
    public: settings,
    feedbackDays: archive.config.feedback_days,
    requestDays: { answer: ANSWER_WORKING_DAYS, extension: EXTENSION_WORKING_DAYS },
    audiences: siteAudiences(settings),
    records,
    latest: newest(records.filter((r) => r.status === 'published')).slice(0, LATEST_COUNT),
    columns,
    terms,
    years,
    directory: directoryRows(archive),
    reports: [],
    withheld: selection.withheld,
  };
  // An archive with nothing on the site yet and no --today has no date to speak of: none is made up.
  const updated = today ?? dates.at(-1);
  if (updated) data.updated = updated;
  if (today) data.today = today;
  if (updated) data.reports = reportYears(archive, updated);
  return data;
}

/** The years before the site's date that the archive holds anything of, newest first (the report of Y is made in January of Y+1). */
export function reportYears(archive: Archive, date: string): number[] {
  const years = new Set(archive.records.map((r) => Number(r.record.time.slice(0, 4))));
  for (const r of archive.requests ?? []) years.add(Number(r.request.received.slice(0, 4)));
  return [...years].filter((y) => y < Number(date.slice(0, 4)) && yearHasData(archive, y)).sort((a, b) => b - a);
}

function byNewest(a: SiteRecord, b: SiteRecord): number {
  return a.time < b.time ? 1 : a.time > b.time ? -1 : a.id < b.id ? 1 : -1;
}

function siteRecord(archive: Archive, loaded: LoadedRecord): SiteRecord {
  const r = loaded.record;
  const term = termOfRecord(r, archive.catalog, archive.terms).id;
  const base = {
    id: r.id,
    title: r.title,
    category: r.category,
    column: archive.catalog.category(r.category)?.column ?? 'affairs',
    date: datePart(r.time),
    time: r.time,
    term,
    year: schoolYearOfTerm(term),
    page: recordPage(r.id),
  };
  const out: SiteRecord = isWithdrawn(r)
    ? { ...base, status: 'withdrawn', withdrawn: r.withdrawn!, form: [], audience: [], attachments: [], hash: '' }
    : {
        ...base,
        status: 'published',
        content: r.content,
        form: r.form,
        audience: r.audience,
        attachments: (r.attachments ?? []).map((a) => {
          const name = a.path.slice(a.path.lastIndexOf('/') + 1);
          const att: SiteAttachment = {
            source: a.path,
            path: `files/${a.path.replace(/^attachments\//, '')}`,
            name,
            sha256: a.sha256,
            image: IMAGE_RE.test(name),
          };
          if (PDF_RE.test(name)) att.pdf = true;
          if (a.note) att.note = a.note;
          return att;
        }),
        hash: '',
        ...pick(r, ['until', 'timing', 'decided', 'basis', 'amount', 'review', 'supervision', 'explanation'] as const),
      };
  out.hash = createHash('sha256')
    .update(JSON.stringify({ ...out, hash: undefined }))
    .digest('hex');
  return out;
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
