/** `xwgk schema`: the record's JSON Schema (draft-7), generated from the model and the catalog in force. */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { recordJsonSchema } from '../model/json-schema.js';
import { defaultCatalogData } from '../model/default-catalog.js';
import { makeCatalog } from '../model/catalog.js';

export function schemaCommand(ctx: Ctx): Command {
  return new Command('schema')
    .description(ctx.t('cmd.schema'))
    .option('--out <file>', ctx.t('opt.out'))
    .action((opts) => {
      let catalog;
      try {
        catalog = ctx.settings().catalog;
      } catch {
        catalog = makeCatalog(defaultCatalogData()); // outside an archive: the default catalog
      }
      ctx.emit(JSON.stringify(recordJsonSchema(catalog), null, 2), opts.out);
    });
}
