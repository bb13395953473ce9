/** `xwgk show ID`: one record, as its YAML file or as JSON. */
import * as z from 'zod/mini';
import { readRecordText } from '../archive/read-records.js';
import { showFormats } from '../render/formats/show.js';
import { findRecord } from '../edit/find-record.js';
import { outputShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const showCommand = defineCommand({
  name: 'show',
  help: 'cmd.show',
  arguments: [{ name: '<id>', help: 'arg.id' }],
  schema: lazySchema(() => z.object({ id: z.string(), ...outputShape() })),
  formats: showFormats,
  run(ctx, opts) {
    const archive = ctx.archive();
    const loaded = findRecord(archive, opts.id);
    return { report: { loaded, text: readRecordText(archive.root, loaded.file) } };
  },
});
