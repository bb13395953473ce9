/** The questions `add` asks in a terminal, for the fields the flags did not give. */
import type { Ctx } from './context.js';
import { prompter } from './prompter.js';
import { TIMINGS } from '../model/catalog.js';
import type { RecordKey } from '../model/record.js';
import { validateField } from '../model/validate.js';
import { defaultsFor, parseAmount } from '../edit/fields.js';
import { dateInputOrText } from '../model/date-input.js';

const DATE_KEYS: ReadonlySet<RecordKey> = new Set(['time', 'until', 'decided']);

export async function askMissing(
  ctx: Ctx,
  given: Record<string, unknown>,
  today: string,
  responsible: string | undefined,
): Promise<Record<string, unknown>> {
  const { catalog } = ctx.settings();
  const p = await prompter();
  const raw = { ...given };
  // Typed dates go through the one date reader (`2025/9/5` → 2025-09-05) before they are judged and kept.
  const read = (key: RecordKey, v: string) =>
    key === 'amount' ? parseAmount(v) : DATE_KEYS.has(key) ? dateInputOrText(v.trim(), key === 'time') : v.trim();
  const check =
    (key: RecordKey, optional = false) =>
    (v: string) => {
      if (optional && v.trim() === '') return true;
      const value = read(key, v);
      const bad = validateField(catalog, key, value);
      return bad ? ctx.t(bad.key, bad.params) : true;
    };
  const text = async (key: RecordKey, opts: { default?: string; optional?: boolean } = {}) => {
    if (raw[key] !== undefined) return;
    const answer = (
      await p.input({
        message: ctx.t(`field.${key}` as never) + (opts.optional ? ctx.t('prompt.optional') : ''),
        ...(opts.default ? { default: opts.default } : {}),
        validate: check(key, opts.optional),
      })
    ).trim();
    if (answer !== '') raw[key] = read(key, answer);
  };

  if (raw.category === undefined) {
    raw.category = await p.select({
      message: ctx.t('field.category'),
      choices: catalog.active().map((c) => ({ value: c.id, name: `${c.label[ctx.lang]} (${c.id})` })),
    });
  }
  const cat = catalog.category(raw.category as string);
  const defaults = defaultsFor(raw.category as string, catalog, today, responsible);
  await text('title');
  await text('content');
  await text('time', { default: today });
  for (const key of ['form', 'audience'] as const) {
    if (raw[key] !== undefined) continue;
    const list = key === 'form' ? catalog.data.forms : catalog.data.audiences;
    const preset = (defaults[key] as string[] | undefined) ?? [];
    raw[key] = await p.checkbox({
      message: ctx.t(`field.${key}`),
      choices: list.map((x) => ({ value: x.id, name: x.label[ctx.lang], checked: preset.includes(x.id) })),
      validate: (v) => (v.length > 0 ? true : ctx.t('err.list-empty', { field: key })),
    });
  }
  if (raw.timing === undefined && cat?.timing) {
    raw.timing = await p.select({
      message: ctx.t('field.timing'),
      choices: TIMINGS.map((x) => ({ value: x, name: ctx.t(`timing.${x}`) })),
      ...(defaults.timing ? { default: defaults.timing } : {}),
    });
  }
  const requires = new Set<string>(cat?.requires ?? []);
  if (requires.has('decided')) await text('decided', { optional: true });
  if (requires.has('until')) await text('until', { optional: true });
  if (requires.has('basis')) await text('basis', { optional: true });
  if (requires.has('amount')) await text('amount', { optional: true });
  for (const key of ['review', 'supervision'] as const) {
    if (!requires.has(key) || raw[key] !== undefined) continue;
    const by = (
      await p.input({ message: ctx.t(`field.${key}-by`) + ctx.t('prompt.optional'), default: ctx.t(`default.${key}-by`) })
    ).trim();
    if (by === '') continue;
    const time = String(raw.time ?? today).slice(0, 10);
    const on = read('decided', await p.input({ message: ctx.t(`field.${key}-on`), default: time, validate: check('decided') })) as string;
    // An approval dated after the disclosure is allowed (the archive records what happened) but said at once.
    if (on > time)
      ctx.err(
        `${ctx.t('label.warning')}${ctx.t('label.colon')}${ctx.t('prompt.approval-after-time', { field: ctx.t(`audit.col.${key}-on` as never), on, time })}`,
      );
    raw[key] = { by, on };
  }
  await text('responsible', { ...(responsible ? { default: responsible } : {}) });
  await text('handler', { optional: true });
  return raw;
}
