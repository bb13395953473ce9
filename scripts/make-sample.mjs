#!/usr/bin/env node
/**
 * Re-creates the sample archive `archive/` from `scripts/sample-data.yaml`, through the tool's own CLI
 * (`init`, then one `add` per record, `feedback add/respond`, `seal`), so the sample is exactly what a
 * clerk using xwgk would have produced. Run it with `npm run sample` (which builds first).
 *
 * Deterministic: every call gets a fixed `--today` and `XWGK_NOW` (the date of the event it replays),
 * and the events run in date order, so ids, files and the journal come out the same on every run.
 * Commands that are not built yet (`feedback`, `seal`) are skipped with a note.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin', 'xwgk.js');
const ARCHIVE = 'archive';
const data = parse(readFileSync(join(REPO, 'scripts', 'sample-data.yaml'), 'utf8'));

if (!existsSync(join(REPO, 'dist', 'xwgk.js'))) fail('dist/xwgk.js is missing: run `npm run build` first (or `npm run sample`).');

/** Runs the CLI; `now` is the date the call replays (its `XWGK_NOW`, minutes apart within a day). */
const callsOn = new Map();
function xwgk(args, date, { check = true } = {}) {
  const n = callsOn.get(date) ?? 0;
  callsOn.set(date, n + 1);
  const env = { ...process.env, NO_COLOR: '1', XWGK_LANG: 'zh-CN', XWGK_NOW: `${date}T01:${String(n).padStart(2, '0')}:00.000Z` };
  delete env.XWGK_ARCHIVE;
  delete env.XWGK_TODAY;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, env, encoding: 'utf8' });
  if (check && r.status !== 0) fail(`xwgk ${args.slice(0, 4).join(' ')} … exited ${r.status}\n${r.stdout}${r.stderr}`);
  return r;
}

function fail(message) {
  process.stderr.write(`make-sample: ${message}\n`);
  process.exit(1);
}

/**
 * The help of a (sub)command when this build has the command, else undefined. Commander answers
 * `xwgk nosuch --help` with the top-level help and exit 0, so the usage line is what tells.
 */
function commandHelp(...words) {
  const r = xwgk(['--lang', 'en', ...words, '--help'], data.today, { check: false });
  return r.status === 0 && r.stdout.includes(`Usage: xwgk ${words[0]}`) ? r.stdout : undefined;
}

function datesFrom(from, to) {
  const out = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Fills in terms, holidays and workdays where the template of `init` shows them as comments. */
function writeSettings() {
  const file = join(REPO, ARCHIVE, 'xwgk.yaml');
  let text = readFileSync(file, 'utf8');
  const replace = (pattern, by) => {
    if (!pattern.test(text)) fail(`the settings template changed: ${pattern} not found in ${file}`);
    text = text.replace(pattern, by);
  };
  const terms = data.terms.map((t) => `  - { id: ${t.id}, name: ${t.name}, start: ${t.start}, end: ${t.end} }`).join('\n');
  replace(/^# terms:\n(#   - .*\n)+/m, `terms:\n${terms}\n`);
  const holidays = data.holidays.map((h) => `  ${datesFrom(h.from, h.to).join(', ')},  # ${h.name}`).join('\n');
  replace(/^# holidays: .*$/m, `holidays: [\n${holidays}\n]`);
  replace(/^# workdays: .*$/m, `workdays: [${data.workdays.join(', ')}]`);
  const pub = Object.entries(data.public)
    .map(([k, v]) => `  ${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : v}`)
    .join('\n');
  replace(/^# public:\n(#   .*\n)+/m, `public:\n${pub}\n`);
  writeFileSync(file, text);
}

/** The `add` flags of one record of the data file. */
function addArgs(r) {
  const args = ['--archive', ARCHIVE, 'add', '--yes', '--today', r.time];
  const flag = (name, value) => {
    if (value !== undefined && value !== null) args.push(`--${name}`, String(value).trim());
  };
  for (const key of ['category', 'title', 'content', 'time', 'until', 'term', 'period']) flag(key, r[key]);
  flag('form', r.form.join(','));
  flag('audience', r.audience.join(','));
  for (const key of ['timing', 'decided', 'basis', 'amount', 'responsible', 'handler']) flag(key, r[key]);
  if (r.review) (flag('review-by', data.approvals.review), flag('review-on', r.review));
  if (r.supervision) (flag('supervision-by', data.approvals.supervision), flag('supervision-on', r.supervision));
  flag('explanation', r.explanation);
  for (const tag of r.tags ?? []) flag('tag', tag);
  return args;
}

// ── the run ──────────────────────────────────────────────────────────────────────────────────────
rmSync(join(REPO, ARCHIVE), { recursive: true, force: true });
const first = [data.records[0].time, ...(data.requests ?? []).map((q) => q.received)].sort()[0];
xwgk(['init', ARCHIVE, '--school', data.school, '--locale', 'zh-CN'], first);
writeSettings();
// A build that journals xwgk.yaml at init holds the settings to it: the terms and holidays filled in
// above are a hand edit, accepted as a clerk would accept it, so verify and seal see the archive in order.
if (existsSync(join(REPO, ARCHIVE, 'journal.jsonl')))
  xwgk(['--archive', ARCHIVE, 'amend', 'xwgk.yaml', '--reason', '填入学期、节假日和调休日'], first);

const feedbackHelp = commandHelp('feedback', 'add');
const respondHelp = commandHelp('feedback', 'respond');
const sealHelp = commandHelp('seal');

// Every write, in the order it happened: adds on their `time`, opinions on `received`, answers on `responded`.
const events = [];
data.records.forEach((record, index) => {
  events.push({ date: record.time, kind: 'add', record, index });
  (record.feedback ?? []).forEach((f, n) => {
    events.push({ date: f.received, kind: 'opinion', index, f });
    if (f.response) events.push({ date: f.responded, kind: 'answer', index, f, n: n + 1 });
  });
});
if (data.seal) events.push({ date: data.seal.on, kind: 'seal' });
// Requests: received, extended, answered, appealed — each on its own date.
(data.requests ?? []).forEach((q, index) => {
  events.push({ date: q.received, kind: 'request', q, index });
  if (q.extension) events.push({ date: q.extension.on, kind: 'extend', q, index });
  if (q.answer) events.push({ date: q.answer.on, kind: 'answer-request', q, index });
  if (q.review) events.push({ date: q.review.decided ?? q.review.filed, kind: 'appeal', q, index });
});
events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // stable: same-day events keep data order

const ids = [];
const requestIds = [];
const warnings = [];
const requestHelp = commandHelp('request', 'add');
/** The id of a sample record named by its title (answers link the records they published). */
const recordId = (title) => {
  const i = data.records.findIndex((r) => r.title === title);
  if (i < 0 || !ids[i]) fail(`a request's answer names the record "${title}", which is not (yet) in the sample`);
  return ids[i];
};
let opinions = 0;
for (const e of events) {
  if (e.kind === 'add') {
    const r = xwgk(addArgs(e.record), e.date);
    const id = /\d{8}-\d{3,}/.exec(r.stdout)?.[0];
    if (!id) fail(`no id in the output of add: ${r.stdout}`);
    ids[e.index] = id;
    if (r.stderr.trim()) warnings.push(`${id} ${e.record.title}\n${r.stderr.trim()}`);
  } else if (e.kind === 'opinion' && feedbackHelp) {
    const today = feedbackHelp.includes('--today') ? ['--today', e.date] : [];
    xwgk(
      [
        '--archive',
        ARCHIVE,
        'feedback',
        'add',
        ids[e.index],
        '--channel',
        e.f.channel,
        '--summary',
        e.f.summary,
        '--received',
        e.f.received,
        ...today,
      ],
      e.date,
    );
    opinions++;
  } else if (e.kind === 'answer' && respondHelp) {
    const today = respondHelp.includes('--today') ? ['--today', e.date] : [];
    xwgk(
      [
        '--archive',
        ARCHIVE,
        'feedback',
        'respond',
        ids[e.index],
        String(e.n),
        '--response',
        e.f.response,
        '--responded',
        e.f.responded,
        ...today,
      ],
      e.date,
    );
  } else if (e.kind === 'request' && requestHelp) {
    const { q } = e;
    const r = xwgk(
      [
        '--archive',
        ARCHIVE,
        'request',
        'add',
        '--yes',
        '--today',
        q.received,
        '--received',
        q.received,
        '--channel',
        q.channel,
        '--applicant',
        q.applicant,
        '--asked',
        q.asked.trim(),
        ...(q.handler ? ['--handler', q.handler] : []),
      ],
      e.date,
    );
    requestIds[e.index] = /R\d{8}-\d{3,}/.exec(r.stdout)?.[0] ?? fail(`no id in the output of request add: ${r.stdout}`);
  } else if (e.kind === 'extend' && requestHelp) {
    xwgk(
      [
        '--archive',
        ARCHIVE,
        'request',
        'extend',
        requestIds[e.index],
        '--today',
        e.date,
        '--on',
        e.q.extension.on,
        '--reason',
        e.q.extension.reason,
      ],
      e.date,
    );
  } else if (e.kind === 'answer-request' && requestHelp) {
    const a = e.q.answer;
    const args = [
      '--archive',
      ARCHIVE,
      'request',
      'answer',
      requestIds[e.index],
      '--yes',
      '--today',
      e.date,
      '--on',
      a.on,
      '--outcome',
      a.outcome,
    ];
    if (a.reason) args.push('--reason', a.reason);
    if (a.note) args.push('--note', a.note);
    if (a.records) args.push('--record', a.records.map(recordId).join(','));
    xwgk(args, e.date);
  } else if (e.kind === 'appeal' && requestHelp) {
    const v = e.q.review;
    xwgk(
      [
        '--archive',
        ARCHIVE,
        'request',
        'appeal',
        requestIds[e.index],
        '--kind',
        'review',
        '--today',
        e.date,
        '--filed',
        v.filed,
        '--result',
        v.result,
        ...(v.decided ? ['--decided', v.decided] : []),
      ],
      e.date,
    );
  } else if (e.kind === 'seal' && sealHelp) {
    const today = sealHelp.includes('--today') ? ['--today', e.date] : [];
    xwgk(['--archive', ARCHIVE, 'seal', '--term', data.seal.term, ...today], e.date);
  }
}

const say = (line) => process.stdout.write(`${line}\n`);
say(
  `示例档案已生成 / sample archive written: ${ARCHIVE}/ — ${ids.length} records, ${requestIds.filter(Boolean).length} requests for information`,
);
if (!feedbackHelp || !respondHelp)
  say('注意：本版本还没有 feedback 命令，意见反馈未写入。/ Note: no `feedback` command in this build yet; opinions were skipped.');
else say(`意见反馈 / opinions: ${opinions}`);
if (!sealHelp) say('注意：本版本还没有 seal 命令，未封存学期。/ Note: no `seal` command in this build yet; no term was sealed.');
if (warnings.length > 0) say(`\n写入时的提示 / warnings shown while writing:\n${warnings.join('\n')}`);
