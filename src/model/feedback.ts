/**
 * Opinions (意见) on a record and their answers, as pure changes to a record: `feedback add` and
 * `feedback respond` call these, then write. Every refusal is a usage error (exit 2), so nothing is
 * written when the input is wrong.
 */
import { addDays } from './dates.js';
import { readDateInput } from './date-input.js';
import { usageError } from './errors.js';
import type { DisclosureRecord } from './record.js';

type Opinion = NonNullable<DisclosureRecord['feedback']>[number];

/** A date typed by the user (`2025-09-05`, `2025/9/5`, `2025年9月5日` …): a real date, not after today. */
export function checkGivenDate(field: string, typed: string, today: string): string {
  const value = readDateInput(typed);
  if (value === undefined) throw usageError('err.date', { field, value: typed });
  if (value > today) throw usageError('err.feedback.future', { field, value, today }, { key: 'hint.feedback.today' });
  return value;
}

function nonEmpty(field: string, value: string): string {
  const v = value.trim();
  if (!v) throw usageError('err.feedback.empty', { field });
  return v;
}

/** The record with one more opinion at the end; returns it and the opinion's number (from 1). */
export function addOpinion(
  record: DisclosureRecord,
  opinion: { received: string; channel: string; summary: string },
): { record: DisclosureRecord; n: number } {
  const entry: Opinion = { received: opinion.received, channel: opinion.channel, summary: nonEmpty('--summary', opinion.summary) };
  const feedback = [...(record.feedback ?? []), entry];
  return { record: { ...record, feedback }, n: feedback.length };
}

/** Reads the opinion number N as typed: a whole number from 1 to the number of opinions. */
export function opinionIndex(record: DisclosureRecord, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw usageError('err.feedback.n', { value });
  const n = Number(value),
    count = record.feedback?.length ?? 0;
  if (n > count)
    throw usageError('err.feedback.no-such', { id: record.id, n, count }, { key: 'hint.feedback.list', params: { id: record.id } });
  return n;
}

/** The record with opinion `n` answered. An opinion is answered once; an answer never precedes it. */
export function answerOpinion(record: DisclosureRecord, n: number, answer: { response: string; responded: string }): DisclosureRecord {
  const feedback = [...(record.feedback ?? [])];
  const opinion = feedback[n - 1]!;
  if (opinion.responded !== undefined) {
    throw usageError(
      'err.feedback.answered',
      { id: record.id, n, responded: opinion.responded },
      { key: 'hint.feedback.correct', params: { id: record.id } },
    );
  }
  if (answer.responded < opinion.received) {
    throw usageError(
      'err.feedback.before-received',
      { responded: answer.responded, received: opinion.received },
      { key: 'hint.feedback.date' },
    );
  }
  feedback[n - 1] = { ...opinion, response: nonEmpty('--response', answer.response), responded: answer.responded };
  return { ...record, feedback };
}

/**
 * Where an opinion stands on `today`, by the one rule the `feedback` check, `status` and the summary
 * share: answered within `limitDays` calendar days of `received` (the last day counts), answered late,
 * answered before it came in (a wrong date), or unanswered within or past the limit.
 */
export type OpinionState = 'answered' | 'late' | 'answer-before-opinion' | 'open' | 'overdue';

export function opinionState(
  opinion: { received: string; responded?: string | undefined },
  limitDays: number,
  today: string,
): { state: OpinionState; deadline: string } {
  const deadline = addDays(opinion.received, limitDays);
  const { responded } = opinion;
  const state: OpinionState =
    responded === undefined
      ? today > deadline
        ? 'overdue'
        : 'open'
      : responded < opinion.received
        ? 'answer-before-opinion'
        : responded > deadline
          ? 'late'
          : 'answered';
  return { state, deadline };
}
