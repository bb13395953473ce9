// A CPU profile of one run, summarised as the time spent inside the phases of a load (inclusive), so
// RESULTS.md can say what bounds a figure: YAML parsing, validation, reading files, the cache, …
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Phases by the function that is their root (names as they appear in the bundle). */
const PHASES = [
  ['start-up: loading modules (resolve, read, compile, link)', /^(loadAndTranslate|getModuleJobForImport|_link|compileSourceTextModule)$/],
  ['start-up: evaluating modules', /^evaluate$/],
  ['running the command (commander and the action)', /^parseAsync$/],
  ['settings (`xwgk.yaml`, catalog)', /^loadSettings$/],
  ['listing record files', /^listRecordFiles$/],
  ['reading files', /^(readFileSync|readSmall|fileState)$/],
  ['result memo: hashing every file for the key (resultKey)', /^resultKey$/],
  ['SHA-256 of file bytes', /^(digest|update)$/],
  ['parse cache: reading (JSON.parse)', /^(readShard|readCachedSettings)$/],
  ['parse cache: writing', /^save$/],
  ["fast path: parsing the writer's layout (fastParseRecord)", /^fastParseRecord$/],
  ['YAML parsing (parseYamlBytes)', /^parseYamlBytes$/],
  ['record validation (zod)', /^validateRecord$/],
  ['waiting for the parse worker', /^finishWorker$/],
  ['checks', /^runChecks$/],
  ['integrity check: journal chain and files against it (verifyArchive)', /^verifyArchive\d*$/],
  ['journal: reading it whole for seals (readSeals)', /^readSeals\d*$/],
  ['journal: appending a line (appendJournal)', /^appendJournal\d*$/],
  ['rendering', /^render\w*$/],
  ['drawing tables (cli-table3)', /^renderGridAsTable$/],
  ['garbage collection', /^\(garbage collector\)$/],
];

export function profileSummary(args) {
  const dir = mkdtempSync(join(tmpdir(), 'xwgk-prof-'));
  try {
    spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], {
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1' },
    });
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) return { table: '(no profile written)', top: [] };
    return summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  const phase = new Map();
  for (const [id, t] of self) {
    total += t;
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const name = byId.get(x).callFrame.functionName;
      for (const [label, re] of PHASES)
        if (re.test(name) && !seen.has(label)) (seen.add(label), phase.set(label, (phase.get(label) ?? 0) + t));
    }
  }
  const ms = (us) => (us / 1000).toFixed(0);
  const labels = PHASES.map(([label]) => label).filter((l) => phase.has(l));
  const share = (l) => `${((100 * phase.get(l)) / total).toFixed(0)} %`;
  const rows = labels.map((l) => `| ${l} | ${ms(phase.get(l))} ms | ${share(l)} |`);
  // The leaf phases that cost most (the command phase contains the others), for "what bounds it".
  const top = labels
    .filter((l) => !l.startsWith('running the command'))
    .sort((a, b) => phase.get(b) - phase.get(a))
    .slice(0, 3)
    .map((l) => `${l} (${share(l)})`);
  return {
    table: `| phase (inclusive; phases nest) | time | share |\n|---|---|---|\n${rows.join('\n')}\n| whole run (profiled, so slower than above) | ${ms(total)} ms | 100 % |`,
    top,
  };
}
