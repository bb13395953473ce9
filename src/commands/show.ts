/** `xwgk show ID`: one record, as its YAML file or as JSON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, pickFormat } from './options.js';
import { recordsAsJson } from '../reports/list.js';
import { findRecord } from './find-record.js';

const FORMATS = ['yaml', 'json'] as const;

export function showCommand(ctx: Ctx): Command {
  const cmd = new Command('show').description(ctx.t('cmd.show')).argument('<id>', ctx.t('arg.id'));
  addFormatOptions(cmd, ctx, FORMATS, 'yaml');
  return cmd.action((id: string, opts) => {
    const format = pickFormat(FORMATS, opts, 'yaml');
    const archive = ctx.archive();
    const loaded = findRecord(archive, id);
    if (format === 'json') return ctx.emit(JSON.stringify(recordsAsJson([loaded])[0], null, 2), opts.out);
    ctx.emit(readFileSync(join(archive.root, loaded.file), 'utf8'), opts.out);
  });
}
