/** The files every public site carries as they are, from the package's `templates/site/`: the stylesheet and the search page's script. */
import { readFileSync } from 'node:fs';
import { templatePath } from '../model/package-paths.js';

export interface SiteAssets {
  css: string;
  searchScript: string;
}

export function readSiteAssets(): SiteAssets {
  return { css: readFileSync(templatePath('site/site.css'), 'utf8'), searchScript: readFileSync(templatePath('site/search.js'), 'utf8') };
}
