/**
 * A request for information (依申请公开), one YAML file `requests/YYYY/ID.yaml`. It holds only what the
 * register and the annual report need: when and how it came in, what kind of applicant asked (never
 * who), what was asked, the extension, the answer, and any 行政复议 / 行政诉讼 with its result.
 *
 * The id is `RYYYYMMDD-NNN`: the date received and a number. The `R` keeps request ids apart from
 * record ids, which share the one journal.
 */
import { z } from 'zod';
import { DATE_RE, isCalendarDate } from './dates.js';
import { ID_PATTERN } from './record.js';
import { APPEAL_RESULTS, APPLICANT_TYPES, OUTCOMES, REQUEST_CHANNELS, ids, reasonsFor } from './request-vocab.js';

export const REQUEST_ID_PATTERN = /^R(\d{8})-(\d{3,})$/;
export const REQUESTS_DIR = 'requests';

/** Every key of a request, in the order the writer writes them. */
export const REQUEST_KEYS = [
  'id',
  'received',
  'channel',
  'applicant',
  'asked',
  'handler',
  'extensions',
  'answer',
  'review',
  'litigation',
  'tags',
] as const;
export type RequestKey = (typeof REQUEST_KEYS)[number];

/** The date part of a request id: `R20250310-001` → `2025-03-10`. */
export function requestIdDate(id: string): string {
  return `${id.slice(1, 5)}-${id.slice(5, 7)}-${id.slice(7, 9)}`;
}

export function isRequestId(id: string): boolean {
  return REQUEST_ID_PATTERN.test(id) && isCalendarDate(requestIdDate(id));
}

let built: ReturnType<typeof build> | undefined;
/** The request schema, built on first use (start-up builds no schema). */
export function requestSchema() {
  return (built ??= build());
}

function build() {
  const text = z.string({ message: 'err.text' }).trim().min(1, { message: 'err.empty' });
  const date = z.string({ message: 'err.date' }).regex(DATE_RE, { message: 'err.date' }).refine(isCalendarDate, { message: 'err.date' });
  const appeal = z
    .object({
      filed: date,
      result: z.enum(ids(APPEAL_RESULTS), { message: 'err.request.appeal-result' }).default('pending'),
      decided: date.optional(),
      /** 行政诉讼 only: brought after a 行政复议 (复议后起诉) rather than directly. */
      after_review: z.boolean({ message: 'err.request.boolean' }).optional(),
    })
    .strict();
  const answer = z
    .object({
      outcome: z.enum(ids(OUTCOMES), { message: 'err.request.outcome' }),
      reason: z.string({ message: 'err.text' }).optional(),
      on: date,
      note: text.optional(),
      records: z.array(z.string().regex(ID_PATTERN, { message: 'err.id' })).optional(),
    })
    .strict()
    .superRefine((a, ctx) => {
      const reasons = reasonsFor(a.outcome);
      if (!reasons) {
        if (a.reason !== undefined) ctx.addIssue({ code: 'custom', message: 'err.request.reason-not-needed', path: ['reason'] });
        return;
      }
      if (a.reason === undefined) ctx.addIssue({ code: 'custom', message: 'err.request.reason-missing', path: ['reason'] });
      else if (!reasons.some((r) => r.id === a.reason)) ctx.addIssue({ code: 'custom', message: 'err.request.reason', path: ['reason'] });
    });
  return z
    .object({
      id: z.string({ message: 'err.text' }).refine(isRequestId, { message: 'err.request.id' }),
      received: date,
      channel: z.enum(ids(REQUEST_CHANNELS), { message: 'err.request.channel' }),
      applicant: z.enum(ids(APPLICANT_TYPES), { message: 'err.request.applicant' }),
      asked: text,
      handler: text.optional(),
      extensions: z.array(z.object({ on: date, reason: text }).strict()).optional(),
      answer: answer.optional(),
      review: appeal.optional(),
      litigation: appeal.optional(),
      tags: z.array(text).optional(),
    })
    .strict();
}

export type InfoRequest = z.infer<ReturnType<typeof build>>;
export type RequestAnswer = NonNullable<InfoRequest['answer']>;
export type Appeal = NonNullable<InfoRequest['review']>;
