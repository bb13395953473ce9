/** `xwgk catalog`: the catalog in force (the default, changed by xwgk.yaml). */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, pickFormat } from './options.js';
import { catalogGrids } from '../render/catalog.js';
import { renderGridAsMarkdown, renderGridAsTable } from '../render/grid.js';

const FORMATS = ['table', 'json', 'md'] as const;

export function catalogCommand(ctx: Ctx): Command {
  const cmd = new Command('catalog').description(ctx.t('cmd.catalog'));
  addFormatOptions(cmd, ctx, FORMATS, 'table');
  return cmd.action((opts) => {
    const format = pickFormat(FORMATS, opts, 'table');
    const { catalog } = ctx.settings();
    if (format === 'json') {
      return ctx.emit(JSON.stringify({ ...catalog.data, disabled: [...catalog.disabled] }, null, 2), opts.out);
    }
    const grids = catalogGrids(catalog, ctx.lang);
    const { style } = ctx.view();
    const parts = grids.map(({ title, grid }) => (format === 'md' ? `## ${title}\n\n${renderGridAsMarkdown(grid)}` : `${style.bold(title)}\n${renderGridAsTable(grid, { maxWidth: opts.out ? undefined : ctx.io.columns })}`));
    ctx.emit(parts.join('\n'), opts.out);
  });
}
