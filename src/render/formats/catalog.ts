/** The formats of `catalog`: tables, JSON (the catalog data itself) or Markdown. */
import type { Catalog } from '../../model/catalog.js';
import { catalogGrids } from '../catalog.js';
import type { Formats } from '../format-rule.js';
import { renderGridAsMarkdown, renderGridAsTable } from '../grid.js';

export const catalogFormats: Formats<Catalog> = {
  fallback: 'table',
  renderers: {
    table: {
      extensions: ['txt'],
      render: (catalog, { view, width }) =>
        catalogGrids(catalog, view.lang)
          .map(({ title, grid }) => `${view.style.bold(title)}\n${renderGridAsTable(grid, { maxWidth: width })}`)
          .join('\n'),
    },
    json: { render: (catalog) => JSON.stringify({ ...catalog.data, disabled: [...catalog.disabled] }, null, 2) },
    md: {
      extensions: ['markdown'],
      render: (catalog, { view }) =>
        catalogGrids(catalog, view.lang)
          .map(({ title, grid }) => `## ${title}\n\n${renderGridAsMarkdown(grid)}`)
          .join('\n'),
    },
  },
};
