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
import { journalFileAsIs, rewriteRecord } from '../archive/write.js';
import { journaledHashes, walkChain } from '../model/chain.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { validateRecord } from '../model/validate.js';
import { recordToChange, requireReason, warnCatalog } from './change-common.js';
import { applySet, parseSet } from './set-values.js';
import { list } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

/** What `amend` did, said on stdout (`done`, `accepted`) or stderr (`nothing` to do). */
type AmendReport = { said: 'amend.nothing' | 'amend.accepted' | 'amend.done'; id: string; file: string; attached: string[] };

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
      const loaded = recordToChange(ctx, id);
      const { root, catalog } = ctx.settings();
      const journaled = journaledHashes(walkChain(readJournalText(root)).entries).get(id);
      const handEdited = journaled?.sha256 !== loaded.hash;
      const meta = { reason, now: ctx.io.env.XWGK_NOW, env: ctx.io.env, expectHash: loaded.hash };

      if (changes.length === 0 && attach.length === 0) {
        if (!handEdited) return { report: { said: 'amend.nothing', id, file: loaded.file, attached: [] } };
        const written = journalFileAsIs(root, loaded.file, loaded.record, { ...meta, action: 'amend' });
        warnCatalog(ctx, loaded);
        ctx.forget();
        return { report: { said: 'amend.accepted', id, file: written.file, attached: [] } };
      }

      const { record, issues } = validateRecord(applySet(loaded.record, changes, catalog), catalog);
      const errors = issues.filter((i) => i.severity === 'error');
      if (!record || errors.length > 0) {
        throw new XwgkError(EXIT.usage, { key: 'amend.invalid', params: { id } }, { key: 'hint.amend-set' },
          errors.map((i) => ({ message: { key: i.key, params: { ...i.params, field: `--set ${i.path.join('.')}` } }, ...(i.hint ? { hint: i.hint } : {}) })));
      }
      if (attach.length === 0 && serializeRecord(record) === serializeRecord(loaded.record) && !handEdited) {
        return { report: { said: 'amend.nothing', id, file: loaded.file, attached: [] } };
      }
      if (handEdited) ctx.info(ctx.t(journaled ? 'amend.includes-hand-edit' : 'amend.includes-unjournaled', { id, file: loaded.file }));
      const written = rewriteRecord(root, loaded.file, record, { ...meta, action: changes.length === 0 ? 'attach' : 'amend', attach });
      warnCatalog(ctx, written);
      ctx.forget();
      return { report: { said: 'amend.done', id, file: written.file, attached: attach.length > 0 ? written.record.attachments!.slice(-attach.length).map((a) => a.path) : [] } };
  },
  print(ctx, r) {
    if (r.said === 'amend.nothing') return ctx.info(ctx.t('amend.nothing', { id: r.id }));
    ctx.out(ctx.t(r.said, { id: r.id, file: r.file }));
    for (const path of r.attached) ctx.info(ctx.t('attach.done', { path }));
  },
});
