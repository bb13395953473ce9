#!/usr/bin/env node
// `npm run bench`: measures every figure of the performance issues against its yardsticks on this
// machine, in one run, and prints the ratios with the machine's description. Paired runs (the command
// and its yardsticks interleaved), medians. Archive figures are printed against both yardsticks:
// bench/read-hash.mjs (list, read and SHA-256 every record file and the journal: the work a command
// that never trusts a stale result cannot avoid) and bench/bare-parse.mjs (list, read, YAML.parse).
//
//   npm run bench                      all figures (10,000 and 100,000 records; several minutes)
//   npm run bench -- --quick           a smoke run: small archive, few runs (under a minute)
//   npm run bench -- --write           also write bench/RESULTS.md (date, machine, figures, profiles)
//   npm run bench -- --runs N          paired runs per figure (default 15 for start-up, 5 for archives)
//
// Synthetic archives are generated once into bench/.work/ (git-ignored) and reused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, generateArchive } from './generate.mjs';
import { paired, peakRss } from './timing.mjs';
import { profileSummary } from './profile.mjs';
import { fmt, resultsMarkdown } from './results-md.mjs';
import { importFigures, ledgerOf } from './import.mjs';
import { siteFigure } from './site.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'xwgk.js');
const WORK = join(REPO, 'bench', '.work');
const TODAY = '2026-09-01';
/** The term of the one-term reports: the last whole term of the synthetic archives. */
const TERM = '2025-2026-2';
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
    load: loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    cores: c.length,
    timer: hyperfine ? 'child_process + hrtime (hyperfine is installed but not needed)' : 'child_process + hrtime',
  };
}

const figures = [];
/**
 * Records one figure: `value` against each yardstick in `bases` ({ label: ms }), with its target — a
 * ratio against one of them (`{ against, ratio }`) or an absolute limit (`{ limit }`) — or none.
 */
function figure(name, value, bases = {}, target = undefined, unit = 'ms') {
  const ratios = Object.fromEntries(
    Object.entries(bases)
      .filter(([, b]) => b)
      .map(([k, b]) => [k, value / b]),
  );
  const met =
    target === undefined ? undefined : target.limit !== undefined ? value <= target.limit : ratios[target.against] <= target.ratio;
  figures.push({ name, value, bases, ratios, target, met, unit });
  const vs = Object.entries(ratios)
    .map(([k, r]) => `${r.toFixed(2)}× ${k}`)
    .join(', ');
  const goal =
    target === undefined
      ? ''
      : target.limit !== undefined
        ? ` (target ≤ ${target.limit} ${unit}: ${met ? 'met' : 'NOT met'})`
        : ` (target ≤ ${target.ratio}× ${target.against}: ${met ? 'met' : 'NOT met'})`;
  log(`  ${name}: ${fmt(value, unit)}${vs ? ` → ${vs}` : ''}${goal}`);
}

function startup() {
  const sample = sampleArchive();
  log(`start-up (sample: ${sample.name})`);
  const runs = RUNS ?? (quick ? 10 : 20);
  const r = paired(
    [
      { name: 'node', args: ['-e', '0'] },
      { name: 'version', args: [BIN, '--version'] },
      { name: 'list', args: xwgk(sample.dir, 'list', '--term', 'current', '--today', TODAY) },
    ],
    { runs, warmup: 2 },
  );
  const node = { 'node -e 0': r.node.median };
  figure('`xwgk --version`', r.version.median, node, { against: 'node -e 0', ratio: 1.3 });
  figure('`xwgk list --term current` (sample archive)', r.list.median, node, { against: 'node -e 0', ratio: 2.0 });
  return { sample: sample.name, runs, node: r.node.median };
}

/**
 * The commands measured on big archives, in three groups run apart, each paired with both yardsticks:
 * cold (the cache dropped before each run), warm (nothing changes between runs, so every run follows
 * an unchanged run of itself) and edited (one record changes before each run: the clerk's check after
 * an edit). Targets apply on 10,000 records.
 */
function archiveGroups(dir) {
  const record = join(dir, 'records', '2021', readdirSync(join(dir, 'records', '2021')).sort()[0]);
  const original = readFileSync(record, 'utf8');
  // A new title each run: a content seen before would be answered from the result memo, which keeps
  // the last sixteen answers, and the figure would measure a hit instead of the check after an edit.
  let edits = 0;
  const editOne = () => writeFileSync(record, original.replace('title: ', `title: 改${++edits} `));
  const RH = 'read-hash',
    BARE = 'bare YAML';
  return {
    groups: [
      [
        {
          name: 'checkCold',
          label: '`check` (all checks), cold',
          args: xwgk(dir, 'check', '--today', TODAY),
          before: dropCache(dir),
          codes: [0, 1],
          target: { against: BARE, ratio: 1.0 },
        },
        {
          name: 'listAllCold',
          label: '`list --format json` (all records), cold',
          args: xwgk(dir, 'list', '--format', 'json', '--today', TODAY),
          before: dropCache(dir),
        },
      ],
      [
        {
          name: 'checkWarm',
          label: '`check` (all checks), warm',
          args: xwgk(dir, 'check', '--today', TODAY),
          codes: [0, 1],
          target: { against: RH, ratio: 2.0 },
        },
        {
          name: 'status',
          label: `\`status --term ${TERM}\`, warm`,
          args: xwgk(dir, 'status', '--term', TERM, '--today', TODAY),
          target: { against: RH, ratio: 1.5 },
        },
        {
          name: 'audit',
          label: `\`audit --term ${TERM}\`, warm`,
          args: xwgk(dir, 'audit', '--term', TERM, '--today', TODAY),
          target: { against: RH, ratio: 1.5 },
        },
        {
          name: 'summary',
          label: `\`summary --term ${TERM} --format json\`, warm`,
          args: xwgk(dir, 'summary', '--term', TERM, '--format', 'json', '--today', TODAY),
          target: { against: RH, ratio: 1.5 },
        },
        {
          name: 'list',
          label: `\`list --term ${TERM}\`, warm`,
          args: xwgk(dir, 'list', '--term', TERM, '--today', TODAY),
          target: { against: RH, ratio: 1.5 },
        },
        {
          name: 'listAllWarm',
          label: '`list --format json` (all records), warm',
          args: xwgk(dir, 'list', '--format', 'json', '--today', TODAY),
        },
      ],
      [
        {
          name: 'checkEdited',
          label: '`check` (all checks), one record edited before each run',
          args: xwgk(dir, 'check', '--today', TODAY),
          before: editOne,
          codes: [0, 1],
        },
        {
          name: 'statusEdited',
          label: `\`status --term ${TERM}\`, one record edited before each run`,
          args: xwgk(dir, 'status', '--term', TERM, '--today', TODAY),
          before: editOne,
        },
      ],
    ],
    restore: () => writeFileSync(record, original),
  };
}

function archiveFigures(n, runs) {
  const dir = archiveOf(n);
  log(`${n} records (${runs} paired runs per group)`);
  const { groups, restore } = archiveGroups(dir);
  const r = {};
  const commands = groups.flat();
  try {
    groups.forEach((group, g) => {
      const res = paired(
        [
          { name: 'readHash', args: [join(REPO, 'bench', 'read-hash.mjs'), dir] },
          { name: 'bare', args: [join(REPO, 'bench', 'bare-parse.mjs'), dir] },
          ...group,
        ],
        { runs, warmup: g === 1 || n < 100000 ? 1 : 0 },
      );
      const bases = { 'read-hash': res.readHash.median, 'bare YAML': res.bare.median };
      if (g === 0) {
        r.readHash = res.readHash;
        r.bare = res.bare;
        figure(`read-and-hash loop (\`bench/read-hash.mjs\`), ${n} records`, res.readHash.median, { 'bare YAML': res.bare.median });
      }
      for (const c of group) {
        r[c.name] = res[c.name];
        figure(`${c.label}, ${n} records`, res[c.name].median, bases, n < 100000 ? c.target : undefined);
      }
    });
  } finally {
    restore();
  }
  return { r, commands };
}

function addFigures(n, runs, profiles) {
  const big = archiveOf(n);
  const empty = join(mkdtempSync(join(tmpdir(), 'xwgk-bench-empty-')), 'archive');
  generateArchive(empty, 0);
  log(`add --yes on ${n} records vs an empty archive`);
  const addArgs = (dir) =>
    xwgk(
      dir,
      'add',
      '--yes',
      '--category',
      'other',
      '--title',
      '基准测试',
      '--content',
      '基准测试内容',
      '--time',
      '2026-07-01',
      '--form',
      'board',
      '--audience',
      'staff',
      '--responsible',
      '张伟',
      '--today',
      TODAY,
    );
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
  const bigTidy = tidy(big),
    emptyTidy = tidy(empty);
  const r = paired(
    [
      { name: 'empty', args: addArgs(empty), after: emptyTidy },
      { name: 'big', args: addArgs(big), after: bigTidy },
    ],
    { runs, warmup: 1 },
  );
  figure(
    `\`add --yes\` on ${n} records`,
    r.big.median,
    { 'add on an empty archive': r.empty.median },
    { against: 'add on an empty archive', ratio: 1.2 },
  );
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
    for (const c of ['readHash', 'bare', ...large.commands.map((x) => x.name)]) {
      const label = large.commands.find((x) => x.name === c)?.label ?? (c === 'readHash' ? 'read-and-hash loop' : 'bare YAML loop');
      // The yardsticks' own growth is shown for comparison (the page cache and the disk, not xwgk), without a target.
      const yardstick = c === 'readHash' || c === 'bare';
      figure(
        `${label}: ${LARGE} vs ${SMALL} records${yardstick ? ' (a yardstick)' : ' (linear: ≤ 12×)'}`,
        large.r[c].median,
        { [`${SMALL} records`]: small.r[c].median },
        yardstick ? undefined : { against: `${SMALL} records`, ratio: 12 },
      );
    }
    const dir = archiveOf(LARGE);
    dropCache(dir)();
    figure(
      `peak RSS of \`check\` on ${LARGE} records, cold`,
      peakRss({ name: 'rss', args: xwgk(dir, 'check', '--today', TODAY), codes: [0, 1] }) / 2 ** 20,
      {},
      { limit: 600 },
      'MiB',
    );
    figure(
      `peak RSS of \`check\` on ${LARGE} records, warm`,
      peakRss({ name: 'rss', args: xwgk(dir, 'check', '--today', TODAY), codes: [0, 1] }) / 2 ** 20,
      {},
      { limit: 600 },
      'MiB',
    );
  }
  // The import figures are the integrity engineer's (bench/import.mjs); recorded with both kinds of figure here.
  importFigures({
    bin: BIN,
    runs: RUNS ?? (quick ? 3 : 5),
    large: !quick,
    figure,
  });
  // The `xwgk site` figure is the site engineer's (bench/site.mjs): 10,000 records, all public, ≤ 15 s.
  siteFigure({ records: quick ? SMALL : 10000, runs: RUNS ?? (quick ? 1 : 3), figure });
  // Profiled with the archive at hand, listed after the others.
  const addProfiles = quick ? undefined : [];
  addFigures(LARGE ?? SMALL, RUNS ?? (quick ? 3 : 10), addProfiles);
  if (!quick) {
    const sample = sampleArchive();
    profiles.push({
      name: 'list --term current, sample archive (warm)',
      summary: profileSummary(xwgk(sample.dir, 'list', '--term', 'current', '--today', TODAY)),
    });
    const dir = archiveOf(SMALL);
    dropCache(dir)();
    profiles.push({ name: `check, ${SMALL} records, cold`, summary: profileSummary(xwgk(dir, 'check', '--today', TODAY)) });
    profiles.push({ name: `check, ${SMALL} records, warm`, summary: profileSummary(xwgk(dir, 'check', '--today', TODAY)) });
    for (const cmd of ['status', 'audit', 'list']) {
      profileSummary(xwgk(dir, cmd, '--term', TERM, '--today', TODAY));
      profiles.push({
        name: `${cmd} --term ${TERM}, ${SMALL} records, warm`,
        summary: profileSummary(xwgk(dir, cmd, '--term', TERM, '--today', TODAY)),
      });
    }
    profiles.push({
      name: `summary --term ${TERM} --format json, ${SMALL} records, warm`,
      summary: profileSummary(xwgk(dir, 'summary', '--term', TERM, '--format', 'json', '--today', TODAY)),
    });
    profiles.push(...addProfiles);
    const base = mkdtempSync(join(tmpdir(), 'xwgk-bench-import-'));
    const sheet = ledgerOf(base, 500);
    generateArchive(join(base, 'archive'), 0);
    profiles.push({ name: 'import of a 500-row CSV', summary: profileSummary(xwgk(join(base, 'archive'), 'import', sheet)) });
    rmSync(base, { recursive: true, force: true });
  }
  meta.seconds = Math.round((Date.now() - started.getTime()) / 1000);
  meta.loadEnd = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const missed = figures.filter((f) => f.met === false);
  log(missed.length === 0 ? 'all targets met' : `targets not met: ${missed.map((f) => f.name).join('; ')}`);
  if (write) {
    writeFileSync(join(REPO, 'bench', quick ? 'RESULTS.tmp.md' : 'RESULTS.md'), resultsMarkdown(meta, profiles, figures));
    log(`wrote bench/${quick ? 'RESULTS.tmp.md (quick runs never replace RESULTS.md)' : 'RESULTS.md'}`);
  }
}

main();
