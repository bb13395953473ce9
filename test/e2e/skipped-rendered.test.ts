/**
 * What a supervisor sees on paper (issue 11): the notice of unreadable record files, read back from
 * the printed register (xlsx → LibreOffice → PDF → text) and the printed summary (docx → PDF),
 * whole, on the first page. Needs soffice and pdftotext (`.ci/run` installs them).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli, tempDir } from '../helpers/archive.js';
import { BROKEN, writeBrokenArchive } from '../helpers/broken-archive.js';

/** The text of a document's first printed page, squeezed of line breaks, spaces and hyphens (pdftotext joins a word broken after `-`, dropping it). */
function firstPage(file: string, dir: string): string {
  // A profile of its own: a LibreOffice already running for someone else must not take the job.
  const profile = `file://${mkdtempSync(join(tmpdir(), 'xwgk-lo-'))}`;
  const lo = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(lo.error, 'soffice (LibreOffice) is needed: apt-get install libreoffice-calc libreoffice-writer').toBeUndefined();
  expect(lo.status, lo.stderr).toBe(0);
  const pdf = file.replace(/\.[a-z]+$/, '.pdf');
  const text = spawnSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  expect(text.error, 'pdftotext is needed: apt-get install poppler-utils').toBeUndefined();
  return text.stdout.replace(/[\s-]+/g, '');
}

describe('the notice on paper', () => {
  const root = writeBrokenArchive();
  it('is whole on the first page of the printed register and of the printed summary', () => {
    const dir = tempDir();
    for (const out of ['register.xlsx', 'summary.docx']) {
      const cmd = out.startsWith('register') ? 'audit' : 'summary';
      expect(spawnCli(['--archive', root, cmd, '--term', '2025-2026-1', '--today', '2026-02-10', '--out', out], { cwd: dir }).code).toBe(0);
      const page = firstPage(join(dir, out), dir);
      expect(page, out).toContain('4个记录文件无法读取，本报告未计入');
      for (const where of BROKEN) expect(page, out).toContain(where.replaceAll('-', ''));
      expect(page, out).toContain('请用xwgkcheckschema查看并修正');
    }
  }, 240_000);
});
