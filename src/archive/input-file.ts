/**
 * A text file the user names as input (`--content-file FILE`, or `-` for standard input), read as
 * UTF-8 through the guarded reader: a FIFO or a device is refused (it would block or never end), and
 * so is more than a record file may hold (the reader would refuse the record), with the limit named.
 */
import { resolve } from 'node:path';
import { readFileChecked, readStreamChecked } from './fs-guard.js';
import { MAX_FILE_BYTES } from './yaml-source.js';

export function readInputText(cwd: string, file: string): string {
  return (file === '-' ? readStreamChecked(0, MAX_FILE_BYTES, '-') : readFileChecked(resolve(cwd, file), MAX_FILE_BYTES, file)).toString('utf8');
}
