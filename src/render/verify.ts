/** `verify` results as text (one line per problem, with what to do) and as the JSON of SPEC.md. */
import type { RenderContext } from './context.js';
import { HINT_FOR_KIND, type ProblemKind, type VerifyResult } from '../archive/verify.js';
import { shortDigest } from '../model/chain.js';

/** `{ok, records, unsealed, problems: [{kind, id?, message}]}` — the stable shape scripts rely on (`unsealed`: records no seal covers). */
export function renderVerifyAsJson(ctx: RenderContext, r: VerifyResult): string {
  return JSON.stringify(
    {
      ok: r.ok,
      records: r.records,
      unsealed: r.unsealedRecords,
      problems: r.problems.map((p) => ({ kind: p.kind, ...(p.id ? { id: p.id } : {}), message: ctx.m(p.message) })),
    },
    null,
    2,
  );
}

export function renderVerifyAsText(ctx: RenderContext, r: VerifyResult): string {
  const lines: string[] = [];
  const colon = ctx.t('label.colon');
  const kinds = new Set<ProblemKind>();
  for (const p of r.problems) {
    kinds.add(p.kind);
    // Record problems name their file in the message; a chain problem is placed as journal.jsonl:LINE.
    const where = p.kind === 'chain' && p.file ? `${p.file}${p.line ? `:${p.line}` : ''}${colon}` : '';
    const subject = p.id && p.kind !== 'chain' ? `${p.id}${colon}` : '';
    lines.push(`${ctx.style.red('✗')} [${p.kind}] ${where}${subject}${ctx.m(p.message)}`);
  }
  for (const k of kinds) lines.push(`  ${ctx.style.cyan(ctx.t('label.hint'))} [${k}]${colon}${ctx.t(HINT_FOR_KIND[k])}`);
  if (lines.length > 0) lines.push('');
  if (r.matched) {
    lines.push(
      ctx.t('verify.digest-found', {
        term: r.matched.term,
        date: r.matched.time.slice(0, 10),
        seq: r.matched.seq,
        short: shortDigest(r.matched.digest),
      }),
    );
  }
  const summary = { records: r.records, lines: r.entries.length, head: shortDigest(r.head), n: r.problems.length };
  lines.push(r.ok ? ctx.style.green(ctx.t('verify.ok', summary)) : ctx.t('verify.problems', summary));
  // What a chain without an outside anchor cannot show (docs/integrity.md): the clerk should seal.
  if (r.unsealedRecords > 0) lines.push(ctx.style.yellow(ctx.t('verify.unsealed-records', { n: r.unsealedRecords })));
  if (r.unsealedChanges > 0) lines.push(ctx.style.yellow(ctx.t('verify.unsealed', { n: r.unsealedChanges })));
  return lines.join('\n');
}
