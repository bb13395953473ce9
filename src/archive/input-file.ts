/** A text file the user names as input (`--content-file FILE`, or `-` for standard input), read as UTF-8. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function readInputText(cwd: string, file: string): string {
  return readFileSync(file === '-' ? 0 : resolve(cwd, file), 'utf8');
}
