/**
 * Reading what people type into the `request` commands: the register's words (channel, applicant,
 * outcome, reason, result) as an id, a label in either language or a unique prefix; dates written the
 * usual ways; and, in a terminal, the questions for whatever the flags left out.
 */
import type { Ctx } from './context.js';
import { prompter } from './prompter.js';
import { usageError } from '../model/errors.js';
import { checkGivenDate } from '../model/feedback.js';
import { readWord, type Word } from '../model/request-vocab.js';
import { readDateInput } from '../model/date-input.js';
import { XwgkError } from '../model/errors.js';

/** The id of a word of `list`; anything else is exit 2 naming the valid ones in the user's language. */
export function wordId(ctx: Ctx, list: readonly Word[], field: string, value: string): string {
  const r = readWord(list, value);
  if (r.ok) return r.id;
  if (r.reason === 'ambiguous') {
    const candidates = validWords(
      ctx,
      list.filter((x) => r.candidates.includes(x.id)),
    );
    throw usageError('err.request.ambiguous-word', { field, value, candidates }, { key: 'hint.request.ambiguous', params: { candidates } });
  }
  throw usageError('err.request.unknown-word', { field, value }, { key: 'hint.valid-values', params: { valid: validWords(ctx, list) } });
}

export function validWords(ctx: Ctx, list: readonly Word[]): string {
  return ctx.lang === 'zh-CN' ? list.map((x) => `${x.id}（${x.zh}）`).join('、') : list.map((x) => `${x.id} (${x.en})`).join(', ');
}

/** A date as typed (`2025-3-10`, `2025/3/10`, `2025年3月10日` …) → `YYYY-MM-DD`, not after today. */
export function givenDate(field: string, value: string, today: string): string {
  const date = readDateInput(value);
  if (date === undefined) throw usageError('err.date', { field, value });
  return checkGivenDate(field, date, today);
}

/** A select prompt over the words of a list, labelled in the user's language. */
export async function askWord(ctx: Ctx, message: string, list: readonly Word[], fallback?: string): Promise<string> {
  const p = await prompter();
  return p.select({
    message,
    choices: list.map((x) => ({ value: x.id, name: ctx.lang === 'zh-CN' ? `${x.zh}（${x.id}）` : `${x.en} (${x.id})` })),
    ...(fallback ? { default: fallback } : {}),
  });
}

/** A text prompt that must not be left empty (or may be, when `optional`). */
export async function askText(
  ctx: Ctx,
  message: string,
  opts: { default?: string; optional?: boolean; date?: string } = {},
): Promise<string> {
  const p = await prompter();
  return (
    await p.input({
      message: message + (opts.optional ? ctx.t('prompt.optional') : ''),
      ...(opts.default ? { default: opts.default } : {}),
      validate: (v) => {
        if (v.trim() === '') return opts.optional ? true : ctx.t('err.empty', { field: message });
        if (opts.date === undefined) return true;
        try {
          givenDate(message, v, opts.date);
          return true;
        } catch (e) {
          return e instanceof XwgkError ? ctx.m(e.msg) : String(e);
        }
      },
    })
  ).trim();
}
