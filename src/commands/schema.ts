/** `xwgk schema [record|request]`: the record's (or a request's) JSON Schema (draft-7), generated from the model and the catalog in force. */
import * as z from 'zod/mini';
import { makeCatalog } from '../model/catalog.js';
import { defaultCatalogData } from '../archive/default-catalog.js';
import { recordJsonSchema } from '../model/json-schema.js';
import { requestJsonSchema } from '../model/request-json-schema.js';
import type { Formats } from '../render/format-rule.js';
import { outputShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

const schemaFormats: Formats<object> = { fallback: 'json', renderers: { json: { render: (schema) => JSON.stringify(schema, null, 2) } } };

export const schemaCommand = defineCommand({
  name: 'schema',
  help: 'cmd.schema',
  arguments: [{ name: '[kind]', help: 'arg.schema-kind', values: ['record', 'request'] }],
  schema: lazySchema(() => z.object({ kind: z._default(z.enum(['record', 'request']), 'record'), ...outputShape() })),
  formats: schemaFormats,
  run(ctx, opts) {
    if (opts.kind === 'request') return { report: requestJsonSchema() };
    let catalog;
    try {
      catalog = ctx.settings().catalog;
    } catch {
      catalog = makeCatalog(defaultCatalogData()); // outside an archive: the default catalog
    }
    return { report: recordJsonSchema(catalog) };
  },
});
