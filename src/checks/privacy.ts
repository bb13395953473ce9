/**
 * `privacy`: no resident ID, mobile or bank-card number in any text of a record — title, content,
 * approvals, attachment names and notes, tags, opinions and answers. Student-aid lists above all
 * (教财厅函〔2017〕28号: name, school, grade and class only). A finding never repeats the number: it is
 * masked, since the check's own output may be printed or passed around.
 */
import type { LoadedRecord } from '../archive/load.js';
import type { Finding } from '../model/finding.js';
import { findPersonalNumbers } from '../model/personal-numbers.js';
import type { DisclosureRecord } from '../model/record.js';
import { published, recordFinding } from './finding-at.js';
import type { Check } from './types.js';
import type { LoadedRequest } from '../archive/load-requests.js';
import type { InfoRequest } from '../model/request.js';
import { reasonsFor } from '../model/request-vocab.js';
import { requestsInRange } from './requests.js';

export const privacyCheck: Check = {
  name: 'privacy',
  rule: 'check.privacy.rule',
  why: 'check.privacy.why',
  // Requests too: a clerk copying an applicant's letter into `asked` copies their phone number with it.
  run: (ctx) => [
    ...published(ctx.records).flatMap(privacyFindings),
    ...requestsInRange(ctx.archive.requests ?? [], ctx.range).flatMap(requestPrivacyFindings),
  ],
};

/** Every free-text value of a request, as [field as people read it, top-level key, text]. */
export function requestTextFields(r: InfoRequest): [string, string, string][] {
  const out: [string, string, string][] = [['asked', 'asked', r.asked]];
  if (r.handler) out.push(['handler', 'handler', r.handler]);
  r.extensions?.forEach((e, i) => out.push([`extensions[${i + 1}].reason`, 'extensions', e.reason]));
  if (r.answer?.note) out.push(['answer.note', 'answer', r.answer.note]);
  if (r.answer?.reason && !reasonsFor(r.answer.outcome)) out.push(['answer.reason', 'answer', r.answer.reason]);
  r.tags?.forEach((t, i) => out.push([`tags[${i + 1}]`, 'tags', t]));
  return out;
}

export function requestPrivacyFindings(loaded: LoadedRequest): Finding[] {
  const r = loaded.request;
  return requestTextFields(r).flatMap(([field, key, text]) =>
    findPersonalNumbers(text).map((n): Finding => ({
      check: 'privacy',
      code: `privacy.${n.kind}`,
      severity: 'error',
      id: r.id,
      file: loaded.file,
      line: loaded.lines[key] ?? loaded.lines.id ?? 1,
      message: { key: `check.privacy.${n.kind}`, params: { id: r.id, field, masked: n.masked } },
      hint: { key: 'hint.privacy.request', params: { id: r.id } },
    })),
  );
}

/** Every free-text value of a record as [field as people read it, top-level key, text]. */
export function textFields(r: DisclosureRecord): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const key of ['title', 'content', 'basis', 'responsible', 'handler', 'explanation'] as const) {
    const v = r[key];
    if (v) out.push([key, key, v]);
  }
  if (r.review) out.push(['review.by', 'review', r.review.by]);
  if (r.supervision) out.push(['supervision.by', 'supervision', r.supervision.by]);
  r.attachments?.forEach((a, i) => {
    // A scan saved as `李小明-身份证….jpg` leaks through its name as surely as through the text.
    out.push([`attachments[${i + 1}].path`, 'attachments', a.path]);
    if (a.note) out.push([`attachments[${i + 1}].note`, 'attachments', a.note]);
  });
  r.feedback?.forEach((f, i) => {
    out.push([`feedback[${i + 1}].summary`, 'feedback', f.summary]);
    if (f.response) out.push([`feedback[${i + 1}].response`, 'feedback', f.response]);
  });
  r.tags?.forEach((t, i) => out.push([`tags[${i + 1}]`, 'tags', t]));
  if (r.withdrawn) out.push(['withdrawn.reason', 'withdrawn', r.withdrawn.reason]);
  if (r.source) out.push(['source.file', 'source', r.source.file]);
  return out;
}

export function privacyFindings(loaded: LoadedRecord): Finding[] {
  const r = loaded.record;
  const hint = r.category === 'student-aid' ? 'hint.privacy.student-aid' : 'hint.privacy';
  return textFields(r).flatMap(([field, key, text]) =>
    findPersonalNumbers(text).map((n) =>
      recordFinding('privacy', loaded, {
        code: `privacy.${n.kind}`,
        severity: 'error',
        field: key,
        message: { key: `check.privacy.${n.kind}`, params: { id: r.id, field, masked: n.masked } },
        hint: { key: hint, params: { id: r.id } },
      }),
    ),
  );
}
