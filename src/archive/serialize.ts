/**
 * Writing a record as people read it: keys in SPEC order, lists always as lists, long or multi-line
 * text as block scalars, and the `$schema` line first so editors validate and complete the file.
 */
import { yaml } from '../model/yaml-lib.js';
import { fastSerialize, type LayoutRules } from './fast-serialize.js';
import { RECORD_KEYS, type DisclosureRecord } from '../model/record.js';
import { REQUEST_KEYS, type InfoRequest } from '../model/request.js';

/** Where the record JSON Schema lives in an archive (written by `init`). */
export const SCHEMA_FILE = 'schema/record.json';
export const SCHEMA_COMMENT = `yaml-language-server: $schema=../../${SCHEMA_FILE}`;
/** The request JSON Schema, beside the record's. */
export const REQUEST_SCHEMA_FILE = 'schema/request.json';
export const REQUEST_SCHEMA_COMMENT = `yaml-language-server: $schema=../../${REQUEST_SCHEMA_FILE}`;
/** Text longer than this goes into a block scalar, so the file stays readable without wrapping. */
const BLOCK_AT = 60;

/** A plain object with the record's keys in SPEC order and defaults left out. */
export function orderedRecord(record: DisclosureRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of RECORD_KEYS) {
    const v = record[key as keyof DisclosureRecord];
    if (v === undefined || (key === 'status' && v === 'published')) continue;
    out[key] = v;
  }
  return out;
}

export function serializeRecord(record: DisclosureRecord): string {
  return serializeOrdered(orderedRecord(record), SCHEMA_COMMENT);
}

/** A request file: the same layout as a record, with its own schema line. */
export function serializeRequest(request: InfoRequest): string {
  const out: Record<string, unknown> = {};
  for (const key of REQUEST_KEYS) if (request[key] !== undefined) out[key] = request[key];
  return serializeOrdered(out, REQUEST_SCHEMA_COMMENT);
}

/** The layout, for both writers. */
export const LAYOUT: LayoutRules = {
  // Long text reads best as a block; a hash or a path (no spaces, plain ASCII) stays on its line.
  block: (v) => v.includes('\n') || (v.length > BLOCK_AT && !/^[\x21-\x7e]+$/.test(v)),
  // Short lists of ids read best on one line: `form: [board, website]`.
  flow: (items) => items.every((i) => typeof i !== 'object' && String(i).length < 30 && !String(i).includes('\n')),
};

/** The fast writer where its text is certain (fast-serialize.ts), else the library: the same bytes either way. */
function serializeOrdered(data: Record<string, unknown>, comment: string): string {
  return fastSerialize(data, comment, LAYOUT) ?? serializeWithLibrary(data, comment);
}

/** The record as the `yaml` library writes it in the layout (exported for the test of the fast writer). */
export function serializeWithLibrary(data: Record<string, unknown>, comment: string): string {
  const { Document, isScalar, Scalar, visit } = yaml();
  const doc = new Document(data);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && LAYOUT.block(node.value)) node.type = Scalar.BLOCK_LITERAL;
    },
  });
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i)) && LAYOUT.flow(node.items.map((i) => (i as { value: unknown }).value))) node.flow = true;
    },
  });
  return `# ${comment}\n${doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false })}`;
}
