#!/usr/bin/env node
// The `xwgk site` figure: a site built from a 10,000-record synthetic archive in which every record is
// for the public (the worst case: all pages, the whole search index), against the limit of
// 15 s on this machine. Its own archive in bench/.work/site-archive-N (the other figures' archives stay
// as they are), journaled again after the audiences are changed, so `integrity` finds it in order as
// it finds a real school's archive. `npm run bench` records it through `siteFigure()`; alone:
//
//   node bench/site.mjs [--records N] [--runs R]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { GENERATOR_VERSION, generateArchive, journalLine } from './generate.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'xwgk.js');
const WORK = join(REPO, 'bench', '.work');
export const SITE_LIMIT_SECONDS = 15;

/** A synthetic archive of `n` records, every one of them for the public, generated once. */
export function siteArchiveOf(n) {
  const dir = join(WORK, `site-archive-${n}`);
  const marker = join(dir, '.bench-complete');
  const stamp = `${n} generator-v${GENERATOR_VERSION} site-v2\n`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return dir;
  rmSync(dir, { recursive: true, force: true });
  generateArchive(dir, n);
  for (const year of readdirSync(join(dir, 'records'))) {
    for (const f of readdirSync(join(dir, 'records', year))) {
      const file = join(dir, 'records', year, f);
      const text = readFileSync(file, 'utf8');
      if (!/^audience: \[.*\bpublic\b/m.test(text)) writeFileSync(file, text.replace(/^audience: \[/m, 'audience: [public, '));
    }
  }
  rejournal(dir);
  writeFileSync(
    join(dir, 'xwgk.yaml'),
    'school: 基准测试实验小学\nlocale: zh-CN\npublic:\n  office: 学校办公室\n  audiences: [public, parents]\n',
  );
  writeFileSync(marker, stamp);
  return dir;
}

/** Rewrites the journal's chain with each record file's hash as it is now (the generator's own line format). */
function rejournal(dir) {
  const sha256 = (data) => createHash('sha256').update(data).digest('hex');
  let prev = '0'.repeat(64);
  const lines = [];
  for (const text of readFileSync(join(dir, 'journal.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const { seq, time, action, id, file } = JSON.parse(text);
    const line = journalLine({ seq, time, action, id, file, sha256: sha256(readFileSync(join(dir, file))), prev });
    lines.push(line, '\n');
    prev = sha256(line);
  }
  writeFileSync(join(dir, 'journal.jsonl'), lines.join(''));
}

/** Builds the site `runs` times (the first also warms the parse cache); returns seconds, sorted. */
export function benchSite({ records = 10000, runs = 3 } = {}) {
  const archive = siteArchiveOf(records);
  const times = [];
  let pages = '';
  for (let i = 0; i < runs + 1; i++) {
    const out = join(mkdtempSync(join(tmpdir(), 'xwgk-bench-site-')), 'site');
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, '--archive', archive, 'site', '--out', out, '--today', '2026-09-01'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status !== 0) throw new Error(`xwgk site exited ${r.status}: ${r.stderr}`);
    pages = r.stderr.trim().split('\n')[0];
    rmSync(join(out, '..'), { recursive: true, force: true });
    if (i > 0) times.push(seconds); // the first run fills the parse cache, as a school's second site would find it
  }
  times.sort((a, b) => a - b);
  return {
    records,
    runs,
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    max: times.at(-1),
    limit: SITE_LIMIT_SECONDS,
    output: pages,
  };
}

/** The figure of `npm run bench` (bench/run.mjs): the median of `runs` warm builds, in ms, against the limit. */
export function siteFigure({ runs, figure, records = 10000 }) {
  const r = benchSite({ records, runs });
  figure(`\`site\` on ${records} records, all public (warm, median of ${runs})`, r.median * 1000, {}, { limit: SITE_LIMIT_SECONDS * 1000 });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, d) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : d);
  const r = benchSite({ records: arg('--records', 10000), runs: arg('--runs', 3) });
  process.stdout.write(
    `xwgk site, ${r.records} records for the public: median ${r.median.toFixed(2)} s (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)}; ${r.runs} warm runs), limit ${r.limit} s — ${r.median <= r.limit ? 'met' : 'NOT met'}\n  ${r.output}\n`,
  );
}
