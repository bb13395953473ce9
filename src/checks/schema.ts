/** `schema`: every file parses and matches the record schema, with file:line:column. */
import type { Check } from './types.js';

export const schemaCheck: Check = {
  name: 'schema',
  rule: 'check.schema.rule',
  why: 'check.schema.why',
  // The loader has already judged every file; this check reports what it found.
  run: (ctx) => ctx.archive.findings.filter((f) => f.check === 'schema'),
};
