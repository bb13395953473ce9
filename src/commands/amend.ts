/**
 * `xwgk amend ID --set key=value… --reason TEXT [--attach FILE]`: change a record, validated exactly as
 * `add` validates (an invalid value is exit 2, nothing written), and journaled with its reason. With no
 * `--set`, it accepts a hand edit of the file as it stands (once the file validates) — the way to settle
 * what `verify` reports as changed or unjournaled.
 */
import { z } from 'zod';
import { checkAttachmentSources } from '../archive/attach.js';
import { readJournalText } from '../archive/journal.js';
import { serializeRecord } from '../archive/serialize.js';
import { acceptFileAsIs, changeRecord, validateForWrite, type Edit } from '../edit/apply.js';
import { recordToChange, requireReason } from '../edit/find-record.js';
import { applySet, parseSet } from '../edit/set-values.js';
import { journaledHashes, walkChain } from '../model/chain.js';
import { lazySchema } from '../model/lazy-schema.js';
import { list } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { printWarnings } from './warnings.js';

/** What `amend` did: nothing to do, a hand edit accepted, or the changes written (with the hand edit they include, if any). */
type AmendReport = { id: string; file: string; edit: Edit | null; accepted: boolean; handEdit: 'none' | 'journaled' | 'unjournaled'; attached: string[] };

export const amendCommand = defineCommand({
  name: 'amend',
  help: 'cmd.amend',
  arguments: [{ name: '<id>', help: 'arg.id' }],
  options: [
    { flags: '--set <key=value>', help: 'opt.set', repeat: true },
    { flags: '--reason <text>', help: 'opt.amend-reason' },
    { flags: '--attach <file>', help: 'opt.attach', repeat: true },
  ],
  schema: lazySchema(() => z.object({ id: z.string(), set: list(), reason: z.string().optional(), attach: list() })),
  run(ctx, opts): { report: AmendReport } {
    const { id } = opts;
    const changes = parseSet(opts.set ?? []);
    const reason = requireReason(opts.reason, 'amend');
    const attach = checkAttachmentSources(ctx.io.cwd, opts.attach);
    const archive = ctx.archive();
    const loaded = recordToChange(archive, id);
    const journaled = journaledHashes(walkChain(readJournalText(archive.root)).entries).get(id);
    const handEdit: AmendReport['handEdit'] = journaled?.sha256 === loaded.hash ? 'none' : journaled ? 'journaled' : 'unjournaled';
    const meta = { reason, env: ctx.io.env };
    const nothing: { report: AmendReport } = { report: { id, file: loaded.file, edit: null, accepted: false, handEdit, attached: [] } };

    if (changes.length === 0 && attach.length === 0) {
      if (handEdit === 'none') return nothing;
      const edit = acceptFileAsIs(archive, loaded, { ...meta, action: 'amend' });
      ctx.forget();
      return { report: { ...nothing.report, edit, accepted: true } };
    }
    const refusal = { message: { key: 'amend.invalid' as const, params: { id } }, hint: { key: 'hint.amend-set' as const }, field: (path: readonly (string | number)[]) => `--set ${path.join('.')}` };
    const changed = applySet(loaded.record, changes, archive.catalog);
    if (attach.length === 0 && handEdit === 'none' && serializeRecord(validateForWrite(changed, archive.catalog, refusal)) === serializeRecord(loaded.record)) return nothing;
    const edit = changeRecord(archive, loaded, changed, { ...meta, action: changes.length === 0 ? 'attach' : 'amend', attach }, refusal);
    ctx.forget();
    return { report: { ...nothing.report, file: edit.written.file, edit, attached: attach.length > 0 ? edit.written.record.attachments!.slice(-attach.length).map((a) => a.path) : [] } };
  },
  print(ctx, r) {
    if (!r.edit) return ctx.info(ctx.t('amend.nothing', { id: r.id }));
    if (!r.accepted && r.handEdit !== 'none') ctx.info(ctx.t(r.handEdit === 'journaled' ? 'amend.includes-hand-edit' : 'amend.includes-unjournaled', { id: r.id, file: r.file }));
    printWarnings(ctx, r.edit.warnings);
    ctx.out(ctx.t(r.accepted ? 'amend.accepted' : 'amend.done', { id: r.id, file: r.file }));
    for (const path of r.attached) ctx.info(ctx.t('attach.done', { path }));
  },
});
