/**
 * `xwgk seal --term T [--out FILE]`: fix a term — journal its digest — and print the 封存凭证 for the
 * paper file. Refused (exit 2) when the term's records differ from the journal: settle them with
 * `amend --reason` first, so the seal vouches only for what the journal explains.
 */
import * as z from 'zod/mini';
import { sealTerm } from '../archive/seal.js';
import { shortDigest } from '../model/chain.js';
import { usageError } from '../model/errors.js';
import { resolveTerm } from '../model/range.js';
import type { Formats } from '../render/format-rule.js';
import { renderSealCertificate, type CertificateData } from '../render/seal-certificate.js';
import { outputShape, TODAY_OPTION, todayShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

const sealFormats: Formats<CertificateData> = {
  fallback: 'text',
  renderers: { text: { extensions: ['txt'], render: (d, { view }) => renderSealCertificate(view, d) } },
};

export const sealCommand = defineCommand({
  name: 'seal',
  help: 'cmd.seal',
  options: [{ flags: '--term <id>', help: 'opt.seal-term' }, TODAY_OPTION],
  schema: lazySchema(() => z.object({ term: z.optional(z.string()), ...todayShape(), ...outputShape() })),
  formats: sealFormats,
  run(ctx, opts) {
    if (!opts.term) throw usageError('seal.term-required', undefined, { key: 'hint.term-values' });
    const settings = ctx.settings();
    const today = ctx.today(opts.today);
    const term = resolveTerm(opts.term, settings.terms, today);
    const { seal } = sealTerm(settings.root, term.id, { now: ctx.io.env.XWGK_NOW, on: today, env: ctx.io.env });
    ctx.forget();
    return { report: { school: settings.config.school, term, seal, date: today, timezone: settings.config.timezone } };
  },
  print: (ctx, d) => ctx.info(ctx.t('seal.done', { term: d.term.id, n: d.seal.records.length, short: shortDigest(d.seal.digest) })),
});
