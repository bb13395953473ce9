/**
 * `xwgk seal --term T [--out FILE]`: fix a term — journal its digest — and print the 封存凭证 for the
 * paper file. Refused (exit 2) when the term's records differ from the journal: settle them with
 * `amend --reason` first, so the seal vouches only for what the journal explains.
 */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { sealTerm } from '../archive/seal.js';
import { usageError } from '../model/errors.js';
import { shortDigest } from '../model/chain.js';
import { resolveTerm } from '../model/range.js';
import { renderSealCertificate } from '../render/seal-certificate.js';

export function sealCommand(ctx: Ctx): Command {
  return new Command('seal')
    .description(ctx.t('cmd.seal'))
    .option('--term <id>', ctx.t('opt.seal-term'))
    .option('--out <file>', ctx.t('opt.out'))
    .option('--today <date>', ctx.t('opt.today'))
    .action((opts: { term?: string; out?: string; today?: string }) => {
      if (!opts.term) throw usageError('seal.term-required', undefined, { key: 'hint.term-values' });
      const settings = ctx.settings();
      const today = ctx.today(opts.today);
      const term = resolveTerm(opts.term, settings.terms, today);
      const { seal } = sealTerm(settings.root, term.id, { now: ctx.io.env.XWGK_NOW, env: ctx.io.env });
      ctx.forget();
      ctx.emit(renderSealCertificate(ctx.view(), { school: settings.config.school, term, seal, date: today }), opts.out);
      ctx.info(ctx.t('seal.done', { term: term.id, n: seal.records.length, short: shortDigest(seal.digest) }));
    });
}
