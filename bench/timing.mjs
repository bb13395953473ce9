// Timing helpers for the benchmark: paired (interleaved) runs of child processes, medians, and peak RSS.
// Interleaving A, B, A, B… means a noisy neighbour on this shared machine slows both sides alike, so
// the ratio of the medians stays meaningful even when the absolute times drift.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RSS_PROBE = fileURLToPath(new URL('./rss-probe.cjs', import.meta.url));

/** Runs one command once; returns wall time in ms. Throws when the exit code is not an expected one. */
export function runOnce(cmd, { rssFile } = {}) {
  const env = { ...process.env, NO_COLOR: '1', ...cmd.env };
  const args = rssFile ? ['-r', RSS_PROBE, ...cmd.args] : cmd.args;
  if (rssFile) env.XWGK_BENCH_RSS_FILE = rssFile;
  if (cmd.before) cmd.before();
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd.bin ?? process.execPath, args, {
    cwd: cmd.cwd,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (cmd.after) cmd.after();
  const ok = cmd.codes ?? [0];
  if (!ok.includes(r.status)) throw new Error(`${cmd.name}: exit ${r.status ?? r.signal}\n${String(r.stderr).slice(0, 2000)}`);
  return ms;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs the commands interleaved `runs` times (after `warmup` unrecorded rounds) and returns the median
 * wall time of each, by name. A command's `before()` and `after()` run untimed around each of its runs.
 */
export function paired(cmds, { runs, warmup = 1 }) {
  const times = Object.fromEntries(cmds.map((c) => [c.name, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const c of cmds) {
      const ms = runOnce(c);
      if (i >= warmup) times[c.name].push(ms);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { median: median(v), runs: v }]));
}

/** Peak resident set size of one run, in bytes (read by a preload script from process.resourceUsage). */
export function peakRss(cmd) {
  const dir = mkdtempSync(join(tmpdir(), 'xwgk-rss-'));
  const file = join(dir, 'rss');
  try {
    runOnce(cmd, { rssFile: file });
    return Number(readFileSync(file, 'utf8')) * 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
