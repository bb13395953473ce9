/** The formats of `check`: text grouped by check, or the JSON of SPEC.md; `--list` names the checks. */
import type { Check } from '../../checks/types.js';
import type { Finding } from '../../model/finding.js';
import { renderCheckList, renderChecksAsJson, renderChecksAsText } from '../findings.js';
import type { Formats } from '../format-rule.js';
import { withSkippedJson } from '../skipped.js';

/** The checks run and what they found; `findings: null` asks for the list of checks (`--list`). */
export interface CheckReport {
  checks: readonly Check[];
  findings: Finding[] | null;
}

export const checkFormats: Formats<CheckReport> = {
  fallback: 'text',
  renderers: {
    text: {
      extensions: ['txt'],
      render: (r, { view }) => (r.findings ? renderChecksAsText(view, r.checks, r.findings) : renderCheckList(view, r.checks)),
    },
    json: {
      render: (r, { view, archive }) =>
        r.findings
          ? withSkippedJson(renderChecksAsJson(view, r.findings), view.lang, archive)
          : JSON.stringify(
              r.checks.map((c) => ({ name: c.name, rule: view.t(c.rule), why: view.t(c.why) })),
              null,
              2,
            ),
    },
  },
};
