/** The archive's values for shell completion: catalog ids, terms around today, record ids, check names. */
import { listRecordIds } from '../archive/record-ids.js';
import { CHECKS } from '../checks/registry.js';
import { REQUEST_ID_PATTERN, REQUESTS_DIR } from '../model/request.js';
import { makeCatalog, type Catalog } from '../model/catalog.js';
import { defaultCatalogData } from '../archive/default-catalog.js';
import type { Terms } from '../model/terms.js';
import type { CompletionSources } from './complete.js';
import type { Ctx } from '../commands/context.js';

/** Terms offered: from four school years back to the next term. */
const TERMS_BACK = 8;

export function completionSources(ctx: Ctx): CompletionSources {
  const settings = () => {
    try {
      return ctx.settings();
    } catch {
      return undefined; // outside an archive: the default catalog, no records
    }
  };
  const catalog = (): Catalog => settings()?.catalog ?? makeCatalog(defaultCatalogData());
  return {
    ids: (kind) => {
      const d = catalog().data;
      const list = kind === 'category' ? catalog().active() : kind === 'form' ? d.forms : kind === 'audience' ? d.audiences : d.channels;
      return list.map((x) => x.id);
    },
    terms: () => {
      const s = settings();
      if (!s) return [];
      const terms: Terms = s.terms;
      let t = terms.next(terms.of(ctx.today()));
      const out = [t.id];
      for (let i = 0; i < TERMS_BACK; i++) out.push((t = terms.previous(t)).id);
      return [...new Set([...terms.listConfigured().map((x) => x.id), ...out])].sort().reverse();
    },
    records: () => {
      try {
        return listRecordIds(ctx.archiveRoot()).reverse();
      } catch {
        return [];
      }
    },
    requests: () => {
      try {
        return listRecordIds(ctx.archiveRoot(), REQUESTS_DIR, REQUEST_ID_PATTERN).reverse();
      } catch {
        return [];
      }
    },
    checks: () => CHECKS.map((c) => c.name),
  };
}
