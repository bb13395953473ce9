// bench/RESULTS.md from one run of `npm run bench -- --write`: the machine and its load, every figure
// with both yardsticks and its target, and for each target not met the profile that bounds it and
// what was tried.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** A measured value as people read it. */
export const fmt = (v, unit) => (unit === 'ms' ? `${v.toFixed(0)} ms` : `${v.toFixed(0)} ${unit}`);

/** What was tried for each kind of figure, said when its target is not met. */
const TRIED = [
  [
    /--version|sample archive/,
    "Tried: nothing loads before `--version`; each command loads only its own code; options are checked with zod/mini and the rest of zod loads on first schema use; one language's messages are read as JSON; the default catalog is parsed at build time (see docs/performance.md). A warm `list` on a small archive still compiles the command layer and commander, reads the settings and the answer from the authenticated cache and hashes every file.",
  ],
  [
    /cold/,
    "Tried: the fast path for the writer's layout (no YAML library for such files), a second core for parsing, no second read of every file on a cold run (the memo is skipped while the cache is new). What is left is validation (zod), the checks themselves (privacy scan, journal walk) and reading every file — on a loaded machine the second core brings little.",
  ],
  [
    /audit|list --term/,
    "Tried: the report comes from the result memo (one read-and-hash pass); a table of plain cells is drawn in one pass (src/render/plain-table.ts, held to cli-table3's bytes); cli-table3's layout made linear for the rest. What is left is the read-and-hash pass itself and start-up.",
  ],
  [/status|summary|check/, 'Tried: the result memo answers the same question about the same bytes after one read-and-hash pass.'],
  [
    /add --yes/,
    'Tried: the seal index (only what was appended to the journal is read); the default responsible read from the newest year folder only, and only when not given.',
  ],
  [
    /import/,
    "Tried: one transaction (one commit file, fsynced once), the fast writer (no YAML document per record), the default catalog parsed at build time. What is left is the file system creating and syncing the new files (the 'writing 2,000 files' column is a bare loop doing only that, bench/write-files.mjs; on this virtual disk it swings tenfold with the disk's state) and about 0.4 s of CPU.",
  ],
];

/** For each target not met: the profile that explains it and its costliest phases. */
function boundsSection(figures, profiles) {
  const missed = figures.filter((f) => f.met === false);
  if (missed.length === 0) return '\nEvery target is met.\n';
  const word = (f) =>
    ['status', 'audit', 'summary', 'list', 'check', 'add', 'import'].find((w) => f.name.startsWith(`\`${w}`) || f.name.includes(`\`${w} `));
  const profileFor = (f) =>
    profiles.find((p) =>
      /sample|--version/.test(f.name)
        ? p.name.startsWith('list --term current')
        : word(f) === 'check'
          ? p.name.startsWith('check') && p.name.includes(/cold/.test(f.name) ? 'cold' : 'warm')
          : word(f)
            ? p.name.startsWith(word(f)) && !p.name.includes('sample')
            : false,
    );
  return `\n## Targets not met, and what bounds them\n\n${missed
    .map((f) => {
      const p = profileFor(f);
      const got =
        f.target.limit !== undefined
          ? `${fmt(f.value, f.unit)} against ≤ ${f.target.limit} ${f.unit}`
          : `${f.ratios[f.target.against].toFixed(2)}× ${f.target.against} against ≤ ${f.target.ratio}×`;
      const tried = TRIED.find(([re]) => re.test(f.name))?.[1];
      return `- ${f.name}: ${got}.${p ? ` Profile "${p.name}" below: most time in ${p.summary.top.join(', ')}.` : ''}${tried ? ` ${tried}` : ''}`;
    })
    .join('\n')}\n`;
}

export function resultsMarkdown(meta, profiles, figures) {
  const m = meta.machine;
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout.trim() || 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: REPO, encoding: 'utf8' }).stdout.trim()
    ? ' (with uncommitted changes)'
    : '';
  const cell = (f, k) => (f.bases[k] === undefined ? '' : `${f.ratios[k].toFixed(2)}×`);
  const other = (f) =>
    Object.keys(f.bases)
      .filter((k) => k !== 'read-hash' && k !== 'bare YAML')
      .map((k) => `${f.ratios[k].toFixed(2)}× ${k} (${fmt(f.bases[k], f.unit)})`)
      .join('; ');
  const goal = (f) =>
    f.target === undefined
      ? '—'
      : f.target.limit !== undefined
        ? `≤ ${f.target.limit} ${f.unit}`
        : `≤ ${f.target.ratio}× ${f.target.against}`;
  const rows = figures.map(
    (f) =>
      `| ${f.name} | ${fmt(f.value, f.unit)} | ${cell(f, 'read-hash')} | ${cell(f, 'bare YAML')} | ${other(f)} | ${goal(f)} | ${f.met === undefined ? '' : f.met ? '✓' : '✗'} |`,
  );
  return `# Benchmark results

Written by \`npm run bench -- --write\`${meta.quick ? ' (quick mode)' : ''} on ${meta.started.slice(0, 10)} at ${meta.started.slice(11, 16)} UTC,
commit \`${commit}\`${dirty}; the run took ${meta.seconds} s. How to read and reproduce these: \`docs/performance.md\`.

**Machine:** ${m.cpu}; ${m.memory}; ${m.os}; Node ${m.node}; timing by ${m.timer}.
**Load:** load average ${m.load} at the start, ${meta.loadEnd} at the end (1, 5 and 15 minutes; the
machine has ${m.cores} cores and is shared with other jobs, so absolute times drift; ratios of paired runs hold).

Medians of paired runs: each command and its yardsticks run alternately (${meta.startup.runs} pairs for start-up,
fewer for the large archives), so a busy neighbour slows all alike. "Cold" runs start without
\`.xwgk-cache/\`; "warm" runs follow an unchanged run. Yardsticks for archives:
\`bench/read-hash.mjs\` ("read-hash": list, read and SHA-256 every record file and the journal — what a
command that never trusts a stale result cannot avoid) and \`bench/bare-parse.mjs\` ("bare YAML": list,
read and \`YAML.parse\` every record file with the library xwgk uses). The sample archive for start-up:
${meta.startup.sample}.

| figure | measured | × read-hash | × bare YAML | against | target | met |
|---|---|---|---|---|---|---|
${rows.join('\n')}
${boundsSection(figures, profiles)}${
    profiles.length
      ? `
## Where the time goes

CPU profiles (\`node --cpu-prof\`) of one run each, self time grouped by where the code comes from:

${profiles.map((p) => `### ${p.name}\n\n${p.summary.table}`).join('\n\n')}
`
      : ''
  }`;
}
