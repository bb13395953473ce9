/** `xwgk schema [record|request]`: the record's (or a request's) JSON Schema (draft-7), generated from the model and the catalog in force. */
import { Argument, Command } from 'commander';
import { requestJsonSchema } from '../model/request-json-schema.js';
import type { Ctx } from './context.js';
import { recordJsonSchema } from '../model/json-schema.js';
import { defaultCatalogData } from '../model/default-catalog.js';
import { makeCatalog } from '../model/catalog.js';

export function schemaCommand(ctx: Ctx): Command {
  return new Command('schema')
    .description(ctx.t('cmd.schema'))
    .addArgument(new Argument('[kind]', ctx.t('arg.schema-kind')).choices(['record', 'request']).default('record'))
    .option('--out <file>', ctx.t('opt.out'))
    .action((kind: string, opts) => {
      if (kind === 'request') return ctx.emit(JSON.stringify(requestJsonSchema(), null, 2), opts.out);
      let catalog;
      try {
        catalog = ctx.settings().catalog;
      } catch {
        catalog = makeCatalog(defaultCatalogData()); // outside an archive: the default catalog
      }
      ctx.emit(JSON.stringify(recordJsonSchema(catalog), null, 2), opts.out);
    });
}
