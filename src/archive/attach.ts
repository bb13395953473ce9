/**
 * Attachments: evidence (a photo of the board, a scanned notice) copied into the archive as
 * `attachments/YYYY/<id>-N.<ext>` and listed in the record with its SHA-256, so `verify` can tell
 * when it goes missing or changes. The copy must land inside the archive: the target folder is
 * resolved with realpath and checked with path.relative, because `startsWith` is fooled by siblings
 * (`/srv/archive-evil`) and a symlinked `attachments/` could point anywhere.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { sha256Hex } from '../model/chain.js';
import { usageError } from '../model/errors.js';
import { isSafeRelativePath } from '../model/record.js';
import { createFileExclusive, sweepTemps } from './atomic.js';
import { readGuarded } from './fs-guard.js';
import { listRecordFiles } from './record-walk.js';
import { MAX_FILE_BYTES } from './yaml-source.js';
import { escapes } from './attachments.js';

export const ATTACHMENTS_DIR = 'attachments';

export interface AttachmentSource {
  /** Absolute path of the file to copy. */
  source: string;
  /** As the user typed it, for messages. */
  given: string;
}

export interface AttachmentRef {
  path: string;
  sha256: string;
}

/** True when `target` (already resolved) lies inside `root`, following symlinks of both. */
export function isInside(root: string, target: string): boolean {
  let rootReal: string, targetReal: string;
  try {
    rootReal = realpathSync(root);
    targetReal = realpathSync(target);
  } catch {
    return false;
  }
  const rel = relative(rootReal, targetReal);
  return !escapes(rel);
}

/**
 * Checks the files given with `--attach` before anything is written: each must exist and be a regular
 * file (not a directory, device or pipe). Exit 2 otherwise.
 */
export function checkAttachmentSources(cwd: string, files: readonly string[] | undefined): AttachmentSource[] {
  return (files ?? []).map((given) => {
    const source = resolve(cwd, given);
    let st;
    try {
      st = statSync(source);
    } catch {
      throw usageError('attach.missing', { file: given }, { key: 'hint.attach-missing' });
    }
    if (st.isDirectory()) throw usageError('attach.directory', { file: given }, { key: 'hint.attach-directory' });
    if (!st.isFile()) throw usageError('attach.not-file', { file: given }, { key: 'hint.attach-directory' });
    return { source, given };
  });
}

/** A short, safe extension from the source name (`.JPG` → `.jpg`; anything odd is dropped). */
function safeExtension(source: string): string {
  const ext = extname(source).toLowerCase();
  return /^\.[a-z0-9]{1,10}$/.test(ext) ? ext : '';
}

/**
 * Copies the sources for record `id`, numbering on from the `existing` attachments; returns what to
 * list in the record. Call it under the archive lock. An existing file is never overwritten: the next
 * free number is taken.
 */
export function copyAttachments(root: string, id: string, existing: number, sources: readonly AttachmentSource[]): AttachmentRef[] {
  if (sources.length === 0) return [];
  const dirRel = `${ATTACHMENTS_DIR}/${id.slice(0, 4)}`;
  const dir = join(root, dirRel);
  // Check each level before creating the next, so a symlinked attachments/ never gets a folder made outside.
  for (const level of [join(root, ATTACHMENTS_DIR), dir]) {
    mkdirSync(level, { recursive: true });
    if (!isInside(root, level)) throw usageError('attach.outside', { file: dirRel }, { key: 'hint.attach-outside' });
  }
  sweepTemps(dir);
  sweepOrphans(root, dirRel);
  const out: AttachmentRef[] = [];
  let n = existing;
  for (const s of sources) {
    const bytes = readFileSync(s.source);
    for (;;) {
      n++;
      const path = `${dirRel}/${id}-${n}${safeExtension(s.source)}`;
      if (!isSafeRelativePath(path)) throw usageError('attach.outside', { file: path }, { key: 'hint.attach-outside' });
      if (createFileExclusive(join(root, path), bytes)) {
        out.push({ path, sha256: sha256Hex(bytes) });
        break;
      }
    }
  }
  return out;
}


const COPY_NAME = /^(\d{8}-\d{3})-\d+(?:\.[a-z0-9]{1,10})?$/;

/**
 * Removes copies a killed writer left behind: files named as this tool names copies (`<id>-N.ext`)
 * that no record lists — the record was never written (a kill after the copy), or never rewritten
 * (an `amend --attach` killed before its record). Run under the archive lock, before copying, so no
 * live writer's copy is touched. A record found elsewhere than its year folder still counts.
 */
function sweepOrphans(root: string, dirRel: string): void {
  let names: string[];
  try {
    names = readdirSync(join(root, dirRel));
  } catch {
    return;
  }
  let all: string[] | undefined;
  const texts = new Map<string, string | undefined>();
  const recordText = (id: string): string | undefined => {
    if (texts.has(id)) return texts.get(id);
    let file: string | undefined = `records/${id.slice(0, 4)}/${id}.yaml`;
    let text: string | undefined;
    try {
      text = readGuarded(join(root, file), MAX_FILE_BYTES).toString('utf8');
    } catch {
      const everyFile = (all ??= listRecordFiles(root));
      file = everyFile.find((f) => f.endsWith(`/${id}.yaml`));
      try {
        text = file ? readGuarded(join(root, file), MAX_FILE_BYTES).toString('utf8') : undefined;
      } catch {
        // a record there but unreadable: keep its attachments (undefined text is never "not listed")
        text = '\0unreadable';
      }
    }
    texts.set(id, text);
    return text;
  };
  for (const name of names) {
    const m = COPY_NAME.exec(name);
    if (!m) continue;
    const text = recordText(m[1]!);
    if (text === '\0unreadable' || text?.includes(`${dirRel}/${name}`)) continue;
    try {
      unlinkSync(join(root, dirRel, name));
    } catch {
      // gone already
    }
  }
}
