/** `xwgk catalog`: the catalog in force (the default, changed by xwgk.yaml). */
import * as z from 'zod/mini';
import { catalogFormats } from '../render/formats/catalog.js';
import { outputShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const catalogCommand = defineCommand({
  name: 'catalog',
  help: 'cmd.catalog',
  schema: lazySchema(() => z.object({ ...outputShape() })),
  formats: catalogFormats,
  run: (ctx) => ({ report: ctx.settings().catalog }),
});
