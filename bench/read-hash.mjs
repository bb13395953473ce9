#!/usr/bin/env node
// The second yardstick for big archives: a bare script that only lists every record file and the
// journal, reads them and SHA-256-hashes their bytes — no YAML, no validation, no checks, no output.
// It is the work a command that never trusts a stale result cannot avoid (every file is read and
// hashed to know it is unchanged), so a warm `check` or report is measured against it.
//
//   node bench/read-hash.mjs ARCHIVE
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
const records = join(root, 'records');
let hashed = 0;
const hash = (path) => {
  createHash('sha256').update(readFileSync(path)).digest('hex');
  hashed++;
};
for (const year of readdirSync(records).sort()) {
  for (const name of readdirSync(join(records, year)).sort()) {
    if (name.endsWith('.yaml')) hash(join(records, year, name));
  }
}
try {
  hash(join(root, 'journal.jsonl'));
} catch {
  // an archive without a journal yet
}
if (process.env.XWGK_BENCH_VERBOSE) console.log(hashed);
