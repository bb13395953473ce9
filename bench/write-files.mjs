#!/usr/bin/env node
// The yardstick for `import`: a bare script that only does what no import of N rows can avoid on this
// disk — create N new record files of a record's size under records/<year>/ (exclusively, as the
// import does), write them and sync the folder once. No parsing, validation, journal or transaction.
//
//   node bench/write-files.mjs DIR N
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [dir, count] = [process.argv[2], Number(process.argv[3])];
const folder = join(dir, 'records', '2025');
mkdirSync(folder, { recursive: true });
const text = `# yaml-language-server: $schema=../../schema/record.json\n${'x: 导入基准内容\n'.repeat(12)}`;
for (let i = 0; i < count; i++) {
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const fd = openSync(join(folder, `2025${month}${day}-${String(i + 1).padStart(4, '0')}.yaml`), 'wx', 0o644);
  writeSync(fd, text);
  closeSync(fd);
}
const d = openSync(folder, 'r');
fsyncSync(d);
closeSync(d);
