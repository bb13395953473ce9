/**
 * The walk: finds every record file under `records/`, following links only inside the archive, and
 * reports (as findings) broken links, links out of the archive, loops, non-files and `.yml` names.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../model/finding.js';
import { escapes } from './attachments.js';
import { fileFinding } from './record-file.js';

export const RECORDS_DIR = 'records';

/** Every `*.yaml` file under `records/`, sorted, as archive-relative paths with `/`. */
export function listRecordFiles(root: string, findings: Finding[] = [], dir: string = RECORDS_DIR): string[] {
  const out: string[] = [];
  const rootReal = realpathSync(root);
  // Real folders already walked: a link back to a folder above would otherwise be walked forever.
  const seen = new Set<string>();
  // `relDir` is the folder's archive-relative path: built by concatenation, as path.relative per file
  // shows in a 100,000-file archive.
  const walk = (dir: string, relDir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      // (the full path is made only where it is needed: path.join for every file shows at 100,000 files)
      const full = () => join(dir, e.name);
      const rel = `${relDir}/${e.name}`;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full());
        } catch {
          findings.push(fileFinding(rel, 'schema.broken-link', 'err.broken-link'));
          continue;
        }
        const inside = relative(rootReal, target);
        if (escapes(inside)) {
          findings.push(fileFinding(rel, 'schema.outside', 'err.link-outside'));
          continue;
        }
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
        if (isDir && seen.has(target)) {
          findings.push(fileFinding(rel, 'schema.link-loop', 'err.link-loop', 'warning'));
          continue;
        }
      }
      if (isDir) walk(full(), rel);
      else if (e.name.endsWith('.yaml')) {
        // A pipe or a device named *.yaml would block the reader forever: only regular files are read.
        if (isFile) out.push(rel);
        else findings.push(fileFinding(rel, 'schema.not-file', 'err.not-file'));
      } else if (e.name.endsWith('.yml')) findings.push(fileFinding(rel, 'schema.extension', 'err.yml-extension', 'warning'));
    }
  };
  walk(join(root, dir), dir);
  return out.sort();
}

