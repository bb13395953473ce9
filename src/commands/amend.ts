/**
 * `xwgk amend ID --set key=value… --reason TEXT [--attach FILE]`: change a record, validated exactly as
 * `add` validates (an invalid value is exit 2, nothing written), and journaled with its reason. With no
 * `--set`, it accepts a hand edit of the file as it stands (once the file validates) — the way to settle
 * what `verify` reports as changed or unjournaled.
 */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { checkAttachmentSources } from '../archive/attach.js';
import { readJournalText } from '../archive/journal.js';
import { serializeRecord } from '../archive/serialize.js';
import { journalFileAsIs, rewriteRecord } from '../archive/write.js';
import { journaledHashes, walkChain } from '../model/chain.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { validateRecord } from '../model/validate.js';
import { recordToChange, requireReason, warnCatalog } from './change-common.js';
import { applySet, parseSet } from './set-values.js';

const append = (v: string, prev: string[] = []) => [...prev, v];

export function amendCommand(ctx: Ctx): Command {
  return new Command('amend')
    .description(ctx.t('cmd.amend'))
    .argument('<id>', ctx.t('arg.id'))
    .option('--set <key=value>', ctx.t('opt.set'), append)
    .option('--reason <text>', ctx.t('opt.amend-reason'))
    .option('--attach <file>', ctx.t('opt.attach'), append)
    .action((id: string, opts: { set?: string[]; reason?: string; attach?: string[] }) => {
      const changes = parseSet(opts.set ?? []);
      const reason = requireReason(opts.reason, 'amend');
      const attach = checkAttachmentSources(ctx.io.cwd, opts.attach);
      const loaded = recordToChange(ctx, id);
      const { root, catalog } = ctx.settings();
      const journaled = journaledHashes(walkChain(readJournalText(root)).entries).get(id);
      const handEdited = journaled?.sha256 !== loaded.hash;
      const meta = { reason, now: ctx.io.env.XWGK_NOW, env: ctx.io.env, expectHash: loaded.hash };

      if (changes.length === 0 && attach.length === 0) {
        if (!handEdited) return ctx.info(ctx.t('amend.nothing', { id }));
        const written = journalFileAsIs(root, loaded.file, loaded.record, { ...meta, action: 'amend' });
        warnCatalog(ctx, loaded);
        ctx.forget();
        return ctx.out(ctx.t('amend.accepted', { id, file: written.file }));
      }

      const { record, issues } = validateRecord(applySet(loaded.record, changes, catalog), catalog);
      const errors = issues.filter((i) => i.severity === 'error');
      if (!record || errors.length > 0) {
        throw new XwgkError(EXIT.usage, { key: 'amend.invalid', params: { id } }, { key: 'hint.amend-set' },
          errors.map((i) => ({ message: { key: i.key, params: { ...i.params, field: `--set ${i.path.join('.')}` } }, ...(i.hint ? { hint: i.hint } : {}) })));
      }
      if (attach.length === 0 && serializeRecord(record) === serializeRecord(loaded.record) && !handEdited) {
        return ctx.info(ctx.t('amend.nothing', { id }));
      }
      if (handEdited) ctx.info(ctx.t(journaled ? 'amend.includes-hand-edit' : 'amend.includes-unjournaled', { id, file: loaded.file }));
      const written = rewriteRecord(root, loaded.file, record, { ...meta, action: changes.length === 0 ? 'attach' : 'amend', attach });
      warnCatalog(ctx, written);
      ctx.forget();
      ctx.out(ctx.t('amend.done', { id, file: written.file }));
      if (attach.length > 0) for (const a of written.record.attachments!.slice(-attach.length)) ctx.info(ctx.t('attach.done', { path: a.path }));
    });
}
