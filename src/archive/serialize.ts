/**
 * Writing a record as people read it: keys in SPEC order, lists always as lists, long or multi-line
 * text as block scalars, and the `$schema` line first so editors validate and complete the file.
 */
import { yaml } from '../model/yaml-lib.js';
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

function serializeOrdered(data: Record<string, unknown>, comment: string): string {
  const { Document, isScalar, Scalar, visit } = yaml();
  const doc = new Document(data);
  visit(doc, {
    Scalar(_, node) {
      // Long text reads best as a block; a hash or a path (no spaces, plain ASCII) stays on its line.
      if (typeof node.value === 'string' && (node.value.includes('\n') || (node.value.length > BLOCK_AT && !/^[\x21-\x7e]+$/.test(node.value)))) {
        node.type = Scalar.BLOCK_LITERAL;
      }
    },
  });
  // Short lists of ids read best on one line: `form: [board, website]`.
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i) && typeof i.value !== 'object' && String(i.value).length < 30 && !String(i.value).includes('\n'))) node.flow = true;
    },
  });
  return `# ${comment}\n${doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false })}`;
}
