/** The formats of `show`: the record's file as it is (YAML), or the record as `list --format json` has it. */
import type { LoadedRecord } from '../../archive/load.js';
import { recordsAsJson } from '../../reports/list.js';
import type { Formats } from '../format-rule.js';

/** One record, with its file's text as read. */
export interface ShownRecord {
  loaded: LoadedRecord;
  text: string;
}

export const showFormats: Formats<ShownRecord> = {
  fallback: 'yaml',
  renderers: {
    yaml: { extensions: ['yml'], render: (r) => r.text },
    json: { render: (r) => JSON.stringify(recordsAsJson([r.loaded])[0], null, 2) },
  },
};
