/**
 * The formats of `catalog`: tables, JSON (the catalog data itself, every entry with its `aliases`, the
 * other words typed input accepts, `[]` when none) or Markdown.
 */
import { ALIAS_KINDS, type Catalog, type CatalogData } from '../../model/catalog.js';
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
    json: { render: (catalog) => JSON.stringify({ ...withAliases(catalog.data), disabled: [...catalog.disabled] }, null, 2) },
    md: {
      extensions: ['markdown'],
      render: (catalog, { view }) =>
        catalogGrids(catalog, view.lang)
          .map(({ title, grid }) => `## ${title}\n\n${renderGridAsMarkdown(grid)}`)
          .join('\n'),
    },
  },
};

/** The catalog data with an `aliases` list on every entry of the lists typed words are read against. */
function withAliases(data: CatalogData): CatalogData {
  const out: Record<string, unknown> = { ...data };
  for (const kind of ALIAS_KINDS) out[kind] = data[kind].map((e) => ({ ...e, aliases: e.aliases ?? [] }));
  return out as CatalogData;
}
