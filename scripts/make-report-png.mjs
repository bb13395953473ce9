#!/usr/bin/env node
/**
 * Makes docs/annual-report-2025.png: page 1 of the sample archive's 2025 annual report as Word
 * (`xwgk report --year 2025 --format docx`), printed by LibreOffice (`soffice --headless --convert-to
 * pdf`) and turned into a PNG by poppler's `pdftoppm`, so the picture is what a school would print.
 * Needs a build (`npm run build`), LibreOffice Writer and poppler-utils (`.ci/run` installs both).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'xwgk-report-png-'));
const env = { ...process.env, NO_COLOR: '1', XWGK_LANG: 'zh-CN' };
execFileSync(
  process.execPath,
  [
    join(REPO, 'bin', 'xwgk.js'),
    '--archive',
    join(REPO, 'archive'),
    'report',
    '--year',
    '2025',
    '--today',
    '2026-01-20',
    '--out',
    join(work, 'report.docx'),
  ],
  { env, stdio: 'inherit' },
);
// A profile of its own, so a LibreOffice already running (or another conversion) does not interfere.
execFileSync(
  'soffice',
  [
    `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    join(work, 'report.docx'),
  ],
  { stdio: 'ignore', timeout: 180_000 },
);
execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(work, 'report.pdf'), join(work, 'page1')]);
copyFileSync(join(work, 'page1.png'), join(REPO, 'docs', 'annual-report-2025.png'));
process.stdout.write('docs/annual-report-2025.png written\n');
