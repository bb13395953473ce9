// The import figures of issue 14: `xwgk import` of a 2,000-row ledger into an empty archive against
// `node -e 0` (target ≤ 20×) and against a bare loop writing as many files (what the disk costs), and
// 100,000 rows against 2,000 (linear: ≤ 50 rows-ratio × 1.2 = 60×). Each run imports into a fresh empty
// archive, made untimed before it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArchive } from './generate.mjs';
import { paired } from './timing.mjs';

const CATEGORIES = ['plan', 'finance', 'fees', 'procurement', 'enrollment'];

/** `sync`(1) where there is one (Linux, macOS); elsewhere nothing. */
function sync() {
  try {
    execFileSync('sync', [], { stdio: 'ignore' });
  } catch {
    // no sync command: the figure then includes whatever the disk still had to write
  }
}

/** A CSV ledger of n valid rows, spread over a school year. */
export function ledgerOf(dir, n) {
  const lines = ['公开时间,公开类别,公开事项,公开内容,公开形式,公开范围,责任人'];
  for (let i = 0; i < n; i++) {
    const month = 1 + (i % 12),
      day = 1 + (i % 28);
    lines.push(
      `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${CATEGORIES[i % CATEGORIES.length]},导入基准第${i + 1}条,导入基准内容第${i + 1}条，共${n}条,board,staff,张伟`,
    );
  }
  const file = join(dir, `ledger-${n}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Measures the import figures; `figure(name, value, bases, target)` records each (see run.mjs). */
export function importFigures({ bin, runs, large, figure }) {
  const work = mkdtempSync(join(tmpdir(), 'xwgk-bench-import-'));
  const fresh = (name) => {
    const dir = join(work, name);
    return {
      dir,
      before: () => {
        rmSync(dir, { recursive: true, force: true });
        generateArchive(dir, 0);
        // Untimed: the disk catches up with what came before (the last run's removed archive, the big
        // archives' caches), which the import's own fsyncs would otherwise wait for and be charged with.
        sync();
      },
    };
  };
  const small = fresh('small');
  const smallCsv = ledgerOf(work, 2000);
  process.stderr.write(`import of 2,000 rows into an empty archive (${runs} paired runs)\n`);
  const files = join(work, 'files');
  const r = paired(
    [
      { name: 'node', args: ['-e', '0'] },
      {
        name: 'files',
        args: [fileURLToPath(new URL('./write-files.mjs', import.meta.url)), files, '2000'],
        before: () => {
          rmSync(files, { recursive: true, force: true });
          sync();
        },
      },
      { name: 'import', args: [bin, '--archive', small.dir, 'import', smallCsv], before: small.before },
    ],
    { runs, warmup: 1 },
  );
  // Against `node -e 0` (the target) and, to show what the disk itself costs, a bare loop that only
  // creates and writes the same number of files (bench/write-files.mjs).
  figure(
    '`import` of 2,000 rows',
    r.import.median,
    { 'node -e 0': r.node.median, 'writing 2,000 files': r.files.median },
    {
      against: 'node -e 0',
      ratio: 20,
    },
  );
  if (large) {
    const big = fresh('big');
    const bigCsv = ledgerOf(work, 100000);
    process.stderr.write('import of 100,000 rows into an empty archive (1 run)\n');
    const b = paired([{ name: 'import', args: [bin, '--archive', big.dir, 'import', bigCsv], before: big.before }], { runs: 1, warmup: 0 });
    figure(
      '`import` of 100,000 rows vs 2,000 rows (linear: ≤ 60×)',
      b.import.median,
      { '2,000 rows': r.import.median },
      {
        against: '2,000 rows',
        ratio: 60,
      },
    );
  }
  rmSync(work, { recursive: true, force: true });
}
