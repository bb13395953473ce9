/** Test fixtures: temporary archives written inline, and the CLI run in-process or as a real process. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/program.js';
import { appendJournal } from '../../src/archive/journal.js';
import { listRecordFiles } from '../../src/archive/record-walk.js';
import { sha256Hex } from '../../src/model/chain.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(REPO, 'bin', 'xwgk.js');

export const SETTINGS_ZH = 'school: 测试小学\nlocale: zh-CN\n';
export const SETTINGS_EN = 'school: Test Primary School\nlocale: en\n';

/** A fresh temporary directory. */
export function tempDir(prefix = 'xwgk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes an archive from `{ path: content }`; `xwgk.yaml` defaults to a Chinese school. */
export function writeArchive(files: Record<string, string | Uint8Array> = {}): string {
  const root = tempDir();
  const all = { 'xwgk.yaml': SETTINGS_ZH, ...files };
  for (const [path, content] of Object.entries(all)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  mkdirSync(join(root, 'records'), { recursive: true });
  return root;
}

/**
 * Journals every record file of a hand-written archive as if it had been written through the tool, so
 * the `integrity` check and `verify` see an archive in order (tests of other things need not add each
 * record through the CLI).
 */
export function journalRecords(root: string): void {
  for (const file of listRecordFiles(root)) {
    const id = file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
    appendJournal(root, { time: '2025-01-01T00:00:00.000Z', action: 'add', id, file, sha256: sha256Hex(readFileSync(join(root, file))) });
  }
}

/** A valid record as YAML text; `over` replaces or adds top-level lines. */
export function recordYaml(fields: Record<string, unknown>): string {
  return (
    Object.entries(fields)
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join('\n') + '\n'
  );
}

export const FINANCE = {
  id: '20251010-001',
  title: '2025年9月财务收支情况公开',
  category: 'finance',
  content: '9月份收入186400元，支出74080元。',
  time: '2025-10-10',
  form: '[board]',
  audience: '[staff]',
  timing: 'after',
  responsible: '王建国',
  review: '{by: 校务公开领导小组, on: 2025-10-09}',
  supervision: '{by: 校务公开监督小组, on: 2025-10-09}',
};

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (fast; for most tests). Colour off, language and today fixed unless given; `columns` plays a terminal that wide. */
export async function cli(args: string[], opts: { cwd?: string; env?: Record<string, string>; columns?: number } = {}): Promise<CliResult> {
  let stdout = '',
    stderr = '';
  const code = await run({
    argv: args,
    env: { NO_COLOR: '1', ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    interactive: false,
    stdoutColor: false,
    columns: opts.columns,
  });
  return { code, stdout, stderr };
}

/** Runs the built CLI as a real process (end-to-end tests). */
export function spawnCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
