/** The formats of `status`: the text screen, or the report itself as JSON. */
import type { StatusReport } from '../../reports/status.js';
import type { Formats } from '../format-rule.js';
import { renderStatusAsText } from '../status.js';
import { skippedOf } from '../skipped.js';

export const statusFormats: Formats<StatusReport> = {
  fallback: 'text',
  renderers: {
    text: { extensions: ['txt'], render: (report, { view, archive }) => renderStatusAsText(view, archive!, report) },
    json: { render: (report, { view, archive }) => JSON.stringify({ ...report, skipped: skippedOf(view.lang, archive) }, null, 2) },
  },
};
