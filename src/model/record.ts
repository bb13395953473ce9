/**
 * The record: one act of disclosure, one YAML file. The schema is built for a catalog, because which
 * category, form, audience and channel ids are valid depends on the archive's catalog in force.
 */
import { z } from 'zod';
import { DATE_RE, DATE_TIME_RE, MONTH_RE, datePart, isCalendarDate, isDateOrDateTime, isMonth } from './dates.js';
import { AUDIENCES, TIMINGS, type Catalog } from './catalog.js';
import { isTermId, TERM_ID_RE } from './terms.js';

/** Every key of a record, in the order the writer writes them (SPEC "A record"). */
export const RECORD_KEYS = [
  'id',
  'title',
  'category',
  'content',
  'time',
  'until',
  'term',
  'period',
  'form',
  'audience',
  'timing',
  'decided',
  'basis',
  'amount',
  'responsible',
  'handler',
  'review',
  'supervision',
  'explanation',
  'attachments',
  'feedback',
  'status',
  'withdrawn',
  'tags',
  'source',
] as const;
export type RecordKey = (typeof RECORD_KEYS)[number];
/** Keys whose value is a list; a single scalar is read as a one-item list. */
export const LIST_KEYS = ['form', 'audience', 'tags'] as const;
/** Keys holding free text; a number written there (`basis: 2024`) is read as text. */
export const TEXT_KEYS = ['title', 'content', 'basis', 'responsible', 'handler', 'explanation'] as const;

export const ID_PATTERN = /^(\d{8})-(\d{3,})$/;
export const SHA256_RE = /^[0-9a-f]{64}$/;

export function idDate(id: string): string {
  return `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}`;
}

/** A path inside the archive, as a record writes it: relative, `/`-separated, no `..`, no drive. */
export function isSafeRelativePath(p: string): boolean {
  if (!p || p.startsWith('/') || p.includes('\\') || /^[A-Za-z]:/.test(p) || p.includes('\0')) return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..' && !isWindowsReservedName(seg));
}

export function isWindowsReservedName(segment: string): boolean {
  return /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i.test(segment) || /[<>:"|?*]/.test(segment) || /[. ]$/.test(segment);
}

export function makeRecordSchema(catalog: Catalog) {
  // Built here rather than at module level, so that start-up builds no schema (see lazy-schema.ts).
  const text = z.string({ message: 'err.text' }).trim().min(1, { message: 'err.empty' });
  const date = z.string({ message: 'err.date' }).regex(DATE_RE, { message: 'err.date' }).refine(isCalendarDate, { message: 'err.date' });
  const approval = z.object({ by: text, on: date }).strict();
  const ids = (list: { id: string }[]) => list.map((x) => x.id) as [string, ...string[]];
  const category = z.enum(ids(catalog.data.categories), { message: 'err.unknown-category' });
  const form = z.enum(ids(catalog.data.forms), { message: 'err.unknown-form' });
  const channel = z.enum(ids(catalog.data.channels), { message: 'err.unknown-channel' });
  const audience = z.enum(AUDIENCES, { message: 'err.unknown-audience' });

  const feedback = z
    .object({
      received: date,
      channel,
      summary: text,
      response: text.optional(),
      responded: date.optional(),
    })
    .strict()
    .superRefine((f, ctx) => {
      if (f.responded !== undefined && f.response === undefined)
        ctx.addIssue({ code: 'custom', message: 'err.response-missing', path: ['response'] });
      if (f.response !== undefined && f.responded === undefined)
        ctx.addIssue({ code: 'custom', message: 'err.responded-missing', path: ['responded'] });
    });

  return z
    .object({
      // One check, one finding: a regex and a refine would both report a malformed id.
      id: z.string({ message: 'err.text' }).refine((s) => ID_PATTERN.test(s) && isCalendarDate(idDate(s)), { message: 'err.id' }),
      title: text,
      category,
      content: text,
      time: z
        .string({ message: 'err.time' })
        .regex(DATE_TIME_RE, { message: 'err.time' })
        .refine(isDateOrDateTime, { message: 'err.time' }),
      until: date.optional(),
      term: z
        .string({ message: 'err.term-id' })
        .regex(TERM_ID_RE, { message: 'err.term-id' })
        .refine(isTermId, { message: 'err.term-id' })
        .optional(),
      period: z
        .string({ message: 'err.month' })
        .regex(MONTH_RE, { message: 'err.month' })
        .refine(isMonth, { message: 'err.month' })
        .optional(),
      form: z.array(form).min(1, { message: 'err.list-empty' }),
      audience: z.array(audience).min(1, { message: 'err.list-empty' }),
      timing: z.enum(TIMINGS, { message: 'err.timing' }).optional(),
      decided: date.optional(),
      basis: text.optional(),
      amount: z.number({ message: 'err.amount' }).finite({ message: 'err.amount' }).min(0, { message: 'err.amount' }).optional(),
      responsible: text,
      handler: text.optional(),
      review: approval.optional(),
      supervision: approval.optional(),
      explanation: text.optional(),
      attachments: z
        .array(
          z
            .object({
              path: z.string().refine(isSafeRelativePath, { message: 'err.attachment-path' }),
              sha256: z.string().regex(SHA256_RE, { message: 'err.sha256' }),
              note: text.optional(),
            })
            .strict(),
        )
        .optional(),
      feedback: z.array(feedback).optional(),
      status: z.enum(['published', 'withdrawn'], { message: 'err.status' }).default('published'),
      withdrawn: z.object({ on: date, reason: text }).strict().optional(),
      tags: z.array(text).optional(),
      /** Where an imported record came from: the sheet and its row as the spreadsheet shows it. */
      source: z
        .object({ file: text, row: z.number().int().min(1) })
        .strict()
        .optional(),
    })
    .superRefine((r, ctx) => {
      if (r.until !== undefined && r.until < datePart(r.time))
        ctx.addIssue({ code: 'custom', message: 'err.until-before-time', path: ['until'] });
      if (r.status === 'withdrawn' && !r.withdrawn) ctx.addIssue({ code: 'custom', message: 'err.withdrawn-missing', path: ['status'] });
      if (r.status !== 'withdrawn' && r.withdrawn)
        ctx.addIssue({ code: 'custom', message: 'err.withdrawn-without-status', path: ['withdrawn'] });
      for (const key of ['form', 'audience'] as const) {
        const seen = new Set<string>();
        r[key].forEach((v, i) => {
          if (seen.has(v)) ctx.addIssue({ code: 'custom', message: 'err.list-duplicate', path: [key, i] });
          seen.add(v);
        });
      }
    });
}

export type RecordSchema = ReturnType<typeof makeRecordSchema>;
export type DisclosureRecord = z.infer<RecordSchema>;
export type RecordInput = z.input<RecordSchema>;

/**
 * Leniencies applied before validation, so hand-written records read as people mean them: a single
 * value where a list is expected becomes a one-item list; a number in a text field becomes text.
 */
export function normalizeRecordInput(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const key of LIST_KEYS) {
    const v = out[key];
    if (v !== undefined && v !== null && !Array.isArray(v)) out[key] = [v];
  }
  for (const key of TEXT_KEYS) {
    if (typeof out[key] === 'number') out[key] = String(out[key]);
  }
  if (Array.isArray(out.tags)) out.tags = out.tags.map((t) => (typeof t === 'number' ? String(t) : t));
  return out;
}
