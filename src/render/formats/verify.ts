/** The formats of `verify`: one line per problem with what to do, or the JSON of SPEC.md. */
import type { VerifyResult } from '../../archive/verify.js';
import type { Formats } from '../format-rule.js';
import { renderVerifyAsJson, renderVerifyAsText } from '../verify.js';
import { withSkippedJson } from '../skipped.js';

export const verifyFormats: Formats<VerifyResult> = {
  fallback: 'text',
  renderers: {
    text: { extensions: ['txt'], render: (r, { view }) => renderVerifyAsText(view, r) },
    json: { render: (r, { view, archive }) => withSkippedJson(renderVerifyAsJson(view, r), view.lang, archive) },
  },
};
