#!/usr/bin/env node
// `npm run bench`: measures every figure of the performance issue against its yardstick on this
// machine, in one run, and prints the ratios with the machine's description. Paired runs (the command
// and its yardstick interleaved), medians.
//
//   npm run bench                      all figures (10,000 and 100,000 records; several minutes)
//   npm run bench -- --quick           a smoke run: small archive, few runs (under a minute)
//   npm run bench -- --write           also write bench/RESULTS.md (date, machine, figures, profiles)
//   npm run bench -- --runs N          paired runs per figure (default 15 for start-up, 5 for archives)
//
// Synthetic archives are generated once into bench/.work/ (git-ignored) and reused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, generateArchive } from './generate.mjs';
import { paired, peakRss } from './timing.mjs';
import { profileSummary } from './profile.mjs';
import { importFigures } from './import.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'xwgk.js');
const WORK = join(REPO, 'bench', '.work');
const TODAY = '2026-09-01';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const write = args.includes('--write');
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : undefined;
const SMALL = quick ? 2000 : 10000;
const LARGE = quick ? undefined : 100000;

const xwgk = (archive, ...rest) => [BIN, '--archive', archive, ...rest];
const log = (s) => process.stderr.write(`${s}\n`);

/**
 * A synthetic archive of n records in bench/.work, generated once. The marker says it is complete and
 * which generator made it: an archive from an older generator (e.g. one without a journal) is made again.
 */
function archiveOf(n) {
  const dir = join(WORK, `archive-${n}`);
  const marker = join(dir, '.bench-complete');
  const stamp = `${n} generator-v${GENERATOR_VERSION}\n`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== stamp) {
    rmSync(dir, { recursive: true, force: true });
    log(`generating ${n} records in ${dir} …`);
    generateArchive(dir, n);
    writeFileSync(marker, stamp);
  }
  return dir;
}

function sampleArchive() {
  if (existsSync(join(REPO, 'archive', 'xwgk.yaml'))) return { dir: join(REPO, 'archive'), name: 'archive/ (the sample archive)' };
  return { dir: archiveOf(30), name: 'a generated 30-record archive (no archive/ in the repository)' };
}

const dropCache = (dir) => () => rmSync(join(dir, '.xwgk-cache'), { recursive: true, force: true });

function machine() {
  const c = cpus();
  let hyperfine = false;
  try {
    execFileSync('hyperfine', ['--version'], { stdio: 'ignore' });
    hyperfine = true;
  } catch {
    // not needed: plain child_process timing
  }
  return {
    cpu: `${c[0]?.model ?? 'unknown CPU'} × ${c.length}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`,
    os: `${osType()} ${release()}`,
    node: process.version,
    load: loadavg().map((x) => x.toFixed(2)).join(' '),
    timer: hyperfine ? 'child_process + hrtime (hyperfine is installed but not needed)' : 'child_process + hrtime',
  };
}

const figures = [];
/** Records one figure: `value` against `base`, with the target ratio (or absolute limit). */
function figure(name, value, base, target, unit = 'ms', note = '') {
  const ratio = base ? value / base : undefined;
  const met = target === undefined ? undefined : ratio !== undefined ? ratio <= target : value <= target;
  figures.push({ name, value, base, ratio, target, met, unit, note });
  const show = (v) => (unit === 'ms' ? `${v.toFixed(0)} ms` : unit === 'MiB' ? `${v.toFixed(0)} MiB` : String(v));
  log(`  ${name}: ${show(value)}${base ? ` vs ${show(base)} → ${ratio.toFixed(2)}×` : ''}${target !== undefined ? ` (target ≤ ${target}${ratio !== undefined ? '×' : ` ${unit}`}: ${met ? 'met' : 'NOT met'})` : ''}`);
}

function startup() {
  const sample = sampleArchive();
  log(`start-up (sample: ${sample.name})`);
  const runs = RUNS ?? (quick ? 10 : 20);
  const r = paired([
    { name: 'node', args: ['-e', '0'] },
    { name: 'version', args: [BIN, '--version'] },
    { name: 'list', args: xwgk(sample.dir, 'list', '--term', 'current', '--today', TODAY) },
  ], { runs, warmup: 2 });
  figure('`xwgk --version` vs `node -e 0`', r.version.median, r.node.median, 1.3);
  figure('`xwgk list --term current` (sample archive) vs `node -e 0`', r.list.median, r.node.median, 2.0);
  return { sample: sample.name, runs };
}

function archiveFigures(n, runs) {
  const dir = archiveOf(n);
  log(`${n} records (${runs} paired runs)`);
  const r = paired([
    { name: 'bare', args: [join(REPO, 'bench', 'bare-parse.mjs'), dir] },
    { name: 'checkCold', args: xwgk(dir, 'check', '--today', TODAY), before: dropCache(dir), codes: [0, 1] },
    { name: 'checkWarm', args: xwgk(dir, 'check', '--today', TODAY), codes: [0, 1] },
    { name: 'listCold', args: xwgk(dir, 'list', '--format', 'json', '--today', TODAY), before: dropCache(dir) },
    { name: 'listWarm', args: xwgk(dir, 'list', '--format', 'json', '--today', TODAY) },
  ], { runs, warmup: n >= 100000 ? 0 : 1 });
  const big = n >= 100000;
  figure(`\`check\`, ${n} records, cold vs bare read-and-parse loop`, r.checkCold.median, r.bare.median, big ? undefined : 1.3);
  figure(`\`check\`, ${n} records, warm vs bare loop`, r.checkWarm.median, r.bare.median, big ? undefined : 0.5);
  figure(`\`list --format json\`, ${n} records, cold vs bare loop`, r.listCold.median, r.bare.median);
  figure(`\`list --format json\`, ${n} records, warm vs bare loop`, r.listWarm.median, r.bare.median, big ? undefined : 0.5);
  return r;
}

function addFigures(n, runs, profiles) {
  const big = archiveOf(n);
  const empty = join(mkdtempSync(join(tmpdir(), 'xwgk-bench-empty-')), 'archive');
  generateArchive(empty, 0);
  log(`add --yes on ${n} records vs an empty archive`);
  const addArgs = (dir) => xwgk(dir, 'add', '--yes', '--category', 'other', '--title', '基准测试', '--content', '基准测试内容', '--time', '2026-07-01',
    '--form', 'board', '--audience', 'staff', '--responsible', '张伟', '--today', TODAY);
  // Each run's new record is removed afterwards, so every run adds to the same archive. The big
  // archive's journal is cut back to its length before, too: it is reused by later figures and runs,
  // and a journal line for a removed file would be an integrity finding there. (The empty archive's
  // journal, made by the warm-up run, is left to grow by a line a run: it is thrown away afterwards,
  // and creating it anew each time would charge the yardstick a directory fsync the big side never pays.)
  const tidy = (dir) => {
    const folder = join(dir, 'records', '2026');
    const before = new Set(existsSync(folder) ? readdirSync(folder) : []);
    const journal = join(dir, 'journal.jsonl');
    const journalSize = existsSync(journal) ? statSync(journal).size : undefined;
    return () => {
      for (const f of readdirSync(folder)) if (!before.has(f)) rmSync(join(folder, f));
      if (journalSize !== undefined) truncateSync(journal, journalSize);
    };
  };
  const bigTidy = tidy(big), emptyTidy = tidy(empty);
  const r = paired([
    { name: 'empty', args: addArgs(empty), after: emptyTidy },
    { name: 'big', args: addArgs(big), after: bigTidy },
  ], { runs, warmup: 1 });
  figure(`\`add --yes\` on ${n} records vs on an empty archive`, r.big.median, r.empty.median, 1.2);
  if (profiles) {
    profiles.push({ name: `add --yes, ${n} records`, summary: profileSummary(addArgs(big)) });
    bigTidy();
  }
  rmSync(join(empty, '..'), { recursive: true, force: true });
}

function main() {
  execFileSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, stdio: 'inherit' });
  const m = machine();
  log(`machine: ${m.cpu}, ${m.memory}, ${m.os}, Node ${m.node}, load ${m.load}`);
  const started = new Date();
  const meta = { quick, started: started.toISOString(), machine: m };
  meta.startup = startup();
  const small = archiveFigures(SMALL, RUNS ?? (quick ? 2 : 5));
  const profiles = [];
  if (LARGE) {
    const large = archiveFigures(LARGE, RUNS ? Math.min(RUNS, 2) : 1);
    figure(`\`check\` cold, ${LARGE} vs ${SMALL} records (linear growth: ≤ 12×)`, large.checkCold.median, small.checkCold.median, 12);
    const dir = archiveOf(LARGE);
    dropCache(dir)();
    figure(`peak RSS of \`check\` on ${LARGE} records, cold`, peakRss({ name: 'rss', args: xwgk(dir, 'check', '--today', TODAY), codes: [0, 1] }) / 2 ** 20, undefined, 1024, 'MiB');
    figure(`peak RSS of \`check\` on ${LARGE} records, warm`, peakRss({ name: 'rss', args: xwgk(dir, 'check', '--today', TODAY), codes: [0, 1] }) / 2 ** 20, undefined, 1024, 'MiB');
  }
  importFigures({ bin: BIN, runs: RUNS ?? (quick ? 3 : 5), large: !quick, figure });
  // Profiled with the archive at hand, listed after the others.
  const addProfiles = quick ? undefined : [];
  addFigures(LARGE ?? SMALL, RUNS ?? (quick ? 3 : 10), addProfiles);
  if (!quick) {
    const sample = sampleArchive();
    profiles.push({ name: 'list --term current, sample archive (warm)', summary: profileSummary(xwgk(sample.dir, 'list', '--term', 'current', '--today', TODAY)) });
    const dir = archiveOf(SMALL);
    dropCache(dir)();
    profiles.push({ name: `check, ${SMALL} records, cold`, summary: profileSummary(xwgk(dir, 'check', '--today', TODAY)) });
    profiles.push({ name: `check, ${SMALL} records, warm`, summary: profileSummary(xwgk(dir, 'check', '--today', TODAY)) });
    profiles.push(...addProfiles);
  }
  meta.seconds = Math.round((Date.now() - started.getTime()) / 1000);
  const missed = figures.filter((f) => f.met === false);
  log(missed.length === 0 ? 'all targets met' : `targets not met: ${missed.map((f) => f.name).join('; ')}`);
  if (write) {
    writeFileSync(join(REPO, 'bench', quick ? 'RESULTS.tmp.md' : 'RESULTS.md'), resultsMarkdown(meta, profiles));
    log(`wrote bench/${quick ? 'RESULTS.tmp.md (quick runs never replace RESULTS.md)' : 'RESULTS.md'}`);
  }
}

/** For each target not met: the profile that explains it and its costliest phases. */
function boundsSection(profiles) {
  const missed = figures.filter((f) => f.met === false);
  if (missed.length === 0) return '\nEvery target is met.\n';
  const profileFor = (f) => profiles.find((p) => (/sample|--version/.test(f.name) ? p.name.startsWith('list')
    : /add --yes/.test(f.name) ? p.name.startsWith('add')
    : p.name.startsWith('check') && p.name.includes(/cold/.test(f.name) ? 'cold' : 'warm')));
  return `\n## Targets not met, and what bounds them\n\n${missed.map((f) => {
    const p = profileFor(f);
    return `- ${f.name}: ${f.ratio.toFixed(2)}× against ≤ ${f.target}×.${p ? ` Profile "${p.name}" below: most time in ${p.summary.top.join(', ')}.` : ''}`;
  }).join('\n')}\n`;
}

function resultsMarkdown(meta, profiles) {
  const m = meta.machine;
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout.trim() || 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: REPO, encoding: 'utf8' }).stdout.trim() ? ' (with uncommitted changes)' : '';
  const show = (f, v) => (v === undefined ? '' : f.unit === 'ms' ? `${v.toFixed(0)} ms` : `${v.toFixed(0)} ${f.unit}`);
  const rows = figures.map((f) => `| ${f.name} | ${show(f, f.value)} | ${show(f, f.base)} | ${f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`} | ${f.target === undefined ? '—' : f.ratio !== undefined ? `≤ ${f.target}×` : `≤ ${f.target} ${f.unit}`} | ${f.met === undefined ? '' : f.met ? '✓' : '✗'} |`);
  return `# Benchmark results

Written by \`npm run bench -- --write\`${meta.quick ? ' (quick mode)' : ''} on ${meta.started.slice(0, 10)} at ${meta.started.slice(11, 16)} UTC,
commit \`${commit}\`${dirty}; the run took ${meta.seconds} s. How to read and reproduce these: \`docs/performance.md\`.

**Machine:** ${m.cpu}; ${m.memory}; ${m.os}; Node ${m.node}; load average at start ${m.load}; timing by ${m.timer}.

Medians of paired runs: each command and its yardstick run alternately (${meta.startup.runs} pairs for start-up,
fewer for the large archives), so a busy neighbour slows both alike. "Cold" runs start without
\`.xwgk-cache/\`; "warm" runs follow an unchanged run. The yardstick for archives is
\`bench/bare-parse.mjs\`: list, read and \`YAML.parse\` every record file with the library xwgk uses,
and nothing else. The sample archive for start-up: ${meta.startup.sample}.

| figure | measured | yardstick | ratio | target | met |
|---|---|---|---|---|---|
${rows.join('\n')}
${boundsSection(profiles)}${profiles.length ? `
## Where the time goes

CPU profiles (\`node --cpu-prof\`) of one run each, self time grouped by where the code comes from:

${profiles.map((p) => `### ${p.name}\n\n${p.summary.table}`).join('\n\n')}
` : ''}`;
}

main();
