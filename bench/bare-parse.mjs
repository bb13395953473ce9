#!/usr/bin/env node
// The yardstick for `check` and `list` on big archives: a bare script that only lists the record
// files, reads them and parses each with the same YAML library xwgk uses — no validation, no checks,
// no output. `xwgk check` is measured against this loop, so the ratio says what xwgk adds to the
// unavoidable cost of reading YAML.
//
//   node bench/bare-parse.mjs ARCHIVE
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const records = join(process.argv[2], 'records');
let parsed = 0;
for (const year of readdirSync(records).sort()) {
  for (const name of readdirSync(join(records, year)).sort()) {
    if (!name.endsWith('.yaml')) continue;
    if (parse(readFileSync(join(records, year, name), 'utf8'))) parsed++;
  }
}
if (process.env.XWGK_BENCH_VERBOSE) console.log(parsed);
