/** The catalog's warnings about a record just written, on stderr: it was written, but a check will flag it. */
import type { Finding } from '../model/finding.js';
import { renderLocated } from '../render/errors.js';
import type { Ctx } from './context.js';

export function printWarnings(ctx: Ctx, warnings: readonly Finding[]): void {
  const view = ctx.view();
  for (const f of warnings)
    ctx.err(renderLocated(view, { ...f, file: undefined, line: undefined }, view.style.yellow(ctx.t('label.warning'))));
}
