/**
 * `xwgk amend ID --set key=value… --reason TEXT [--attach FILE]`: change a record, validated exactly as
 * `add` validates (an invalid value is exit 2, nothing written), and journaled with its reason. With no
 * `--set`, it accepts a hand edit of the file as it stands (once the file validates) — the way to settle
 * what `verify` reports as changed or unjournaled.
 */
import * as z from 'zod/mini';
import { checkAttachmentSources } from '../archive/attach.js';
import { readJournalText } from '../archive/journal.js';
import { serializeRecord } from '../archive/serialize.js';
import { acceptFileAsIs, changeRecord, validateForWrite, type Edit } from '../edit/apply.js';
import { recordToChange, requireReason } from '../edit/find-record.js';
import { applySet, parseSet } from '../edit/set-values.js';
import { journaledHashes, SETTINGS_ID, walkChain } from '../model/chain.js';
import type { DisclosureRecord } from '../model/record.js';
import { journalSettings } from '../archive/settings-journal.js';
import { lazySchema } from '../model/lazy-schema.js';
import { list } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { printWarnings } from './warnings.js';

/** What `amend` did: nothing to do, a hand edit accepted, or the changes written (with the hand edit they include, if any). */
type AmendReport = {
  id: string;
  file: string;
  edit: Edit | null;
  accepted: boolean;
  handEdit: 'none' | 'journaled' | 'unjournaled';
  attached: string[];
  settings?: 'accepted' | 'nothing';
};

export const amendCommand = defineCommand({
  name: 'amend',
  help: 'cmd.amend',
  arguments: [{ name: '<id>', help: 'arg.id' }],
  options: [
    { flags: '--set <key=value>', help: 'opt.set', repeat: true },
    { flags: '--reason <text>', help: 'opt.amend-reason' },
    { flags: '--attach <file>', help: 'opt.attach', repeat: true },
  ],
  schema: lazySchema(() => z.object({ id: z.string(), set: list(), reason: z.optional(z.string()), attach: list() })),
  run(ctx, opts): { report: AmendReport } {
    const { id } = opts;
    const changes = parseSet(opts.set ?? []);
    const reason = requireReason(opts.reason, 'amend');
    if (id === SETTINGS_ID && changes.length === 0 && !opts.attach?.length) {
      // `amend xwgk.yaml --reason` accepts a hand edit of the settings, as it does for a record.
      const entry = journalSettings(ctx.settings().root, { reason, now: ctx.io.env.XWGK_NOW, env: ctx.io.env });
      ctx.forget();
      return {
        report: {
          id,
          file: SETTINGS_ID,
          edit: null,
          accepted: !!entry,
          handEdit: 'none',
          attached: [],
          settings: entry ? 'accepted' : 'nothing',
        },
      };
    }
    const attach = checkAttachmentSources(ctx.io.cwd, opts.attach);
    const archive = ctx.archive();
    const loaded = recordToChange(archive, id);
    const entries = walkChain(readJournalText(archive.root)).entries;
    const journaled = journaledHashes(entries).get(id);
    // The file as read is a version the tool wrote if any of the record's journal lines has its hash:
    // another writer may have journaled a newer one between our read of the file and of the journal.
    const toolWrote = entries.some((e) => e.action !== 'seal' && e.id === id && e.sha256 === loaded.hash);
    const handEdit: AmendReport['handEdit'] = toolWrote ? 'none' : journaled ? 'journaled' : 'unjournaled';
    const meta = { reason, env: ctx.io.env };
    const nothing: { report: AmendReport } = { report: { id, file: loaded.file, edit: null, accepted: false, handEdit, attached: [] } };

    if (changes.length === 0 && attach.length === 0) {
      if (handEdit === 'none') return nothing;
      const edit = acceptFileAsIs(archive, loaded, { ...meta, action: 'amend' });
      ctx.forget();
      return { report: { ...nothing.report, edit, accepted: true } };
    }
    const refusal = {
      message: { key: 'amend.invalid' as const, params: { id } },
      hint: { key: 'hint.amend-set' as const },
      field: (path: readonly (string | number)[]) => `--set ${path.join('.')}`,
    };
    const changed = applySet(loaded.record, changes, archive.catalog);
    if (
      attach.length === 0 &&
      handEdit === 'none' &&
      serializeRecord(validateForWrite(changed, archive.catalog, refusal)) === serializeRecord(loaded.record)
    )
      return nothing;
    // Another writer of this tool meanwhile: the change is re-applied to what it wrote. (Only a file the
    // journal vouches for is re-applied to, so a hand edit made meanwhile is still refused, exit 3.)
    const reapply = (current: DisclosureRecord) => applySet(current, changes, archive.catalog);
    const edit = changeRecord(
      archive,
      loaded,
      changed,
      { ...meta, action: changes.length === 0 ? 'attach' : 'amend', attach },
      refusal,
      reapply,
    );
    ctx.forget();
    return {
      report: {
        ...nothing.report,
        file: edit.written.file,
        edit,
        attached: attach.length > 0 ? edit.written.record.attachments!.slice(-attach.length).map((a) => a.path) : [],
      },
    };
  },
  print(ctx, r) {
    if (r.settings)
      return r.settings === 'accepted' ? ctx.out(ctx.t('amend.settings-accepted')) : ctx.info(ctx.t('amend.settings-nothing'));
    if (!r.edit) return ctx.info(ctx.t('amend.nothing', { id: r.id }));
    if (!r.accepted && r.handEdit !== 'none')
      ctx.info(ctx.t(r.handEdit === 'journaled' ? 'amend.includes-hand-edit' : 'amend.includes-unjournaled', { id: r.id, file: r.file }));
    printWarnings(ctx, r.edit.warnings);
    ctx.out(ctx.t(r.accepted ? 'amend.accepted' : 'amend.done', { id: r.id, file: r.file }));
    for (const path of r.attached) ctx.info(ctx.t('attach.done', { path }));
  },
});
