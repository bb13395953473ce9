#!/usr/bin/env node
// Writes a synthetic archive of N valid records for the benchmark: ten school years (2016-09 to
// 2026-08), every category of the default catalog with what it requires, some feedback, multi-line
// content. Files are written directly as text in the record format (no YAML library, no xwgk), so a
// 100,000-record archive takes seconds, in exactly the layout xwgk's own writer produces (a unit test
// holds each file to `serializeRecord`), so the loader's fast path sees what real archives hold. Deterministic: the same N and seed give the same bytes.
// `journal.jsonl` gets one `add` line per record, chained exactly as `src/model/chain.ts` does (that
// code is TypeScript and this script runs without a build, so the few lines of the format are
// repeated here; test/unit/perf-generate.test.ts holds them to `formatLine`). Without it the
// `integrity` check would report every record as never journaled — not the workload of a real archive.
//
//   node bench/generate.mjs DIR N [--seed S]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Bumped whenever the generated archives change, so the bench's cached archives are made again. */
export const GENERATOR_VERSION = 3;

const FIRST_DAY = Date.UTC(2016, 8, 1);
const DAYS = 3652; // ten years
const PEOPLE = ['王建国', '李秀英', '张伟', '刘芳', '陈静', '杨帆'];
const SUBJECTS = ['教学楼维修', '校服征订', '课后服务', '食堂改造', '图书采购', '教师培训', '运动会', '安全演练'];

/** A small seeded PRNG (mulberry32), so archives are reproducible. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86400000;

function recordText(id, time, cat, rnd, n) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const subject = pick(SUBJECTS);
  const before = iso(Date.parse(time) - 2 * DAY);
  const forms = cat.forms.length ? cat.forms.slice(0, 1 + Math.floor(rnd() * cat.forms.length)) : ['board'];
  if (cat.requires_form?.length && !forms.some((f) => cat.requires_form.includes(f))) forms.push(cat.requires_form[0]);
  const audience = cat.audience?.length ? cat.audience : ['staff'];
  const timing = cat.timing === 'before-and-after' ? pick(['before', 'after']) : cat.timing;
  const requires = new Set(cat.requires ?? []);
  const lines = [
    '# yaml-language-server: $schema=../../schema/record.json',
    `id: ${id}`,
    `title: ${time.slice(0, 4)}年${subject}${cat.label['zh-CN']}公开（第${n}号）`,
    `category: ${cat.id}`,
    'content: |-',
    `  ${cat.label['zh-CN']}：关于${subject}的事项，经校务公开领导小组审核后予以公开。`,
    `  具体安排见附表，如有意见请于公示期内通过意见箱或监督电话反映。编号${n}。`,
    `time: ${time}`,
  ];
  if (requires.has('until') || rnd() < 0.2) lines.push(`until: ${iso(Date.parse(time) + 7 * DAY)}`);
  lines.push(`form: [${forms.join(', ')}]`, `audience: [${audience.join(', ')}]`);
  if (timing) lines.push(`timing: ${timing}`);
  if (requires.has('decided') || rnd() < 0.1) lines.push(`decided: ${before}`);
  if (requires.has('basis')) lines.push(`basis: 某价发〔${time.slice(0, 4)}〕${10 + (n % 80)}号`);
  if (requires.has('amount')) lines.push(`amount: ${Math.round(rnd() * 50000000) / 100}`);
  lines.push(`responsible: ${pick(PEOPLE)}`);
  if (rnd() < 0.3) lines.push(`handler: ${pick(PEOPLE)}`);
  if (requires.has('review')) lines.push('review:', '  by: 校务公开领导小组', `  on: ${before}`);
  if (requires.has('supervision')) lines.push('supervision:', '  by: 校务公开监督小组', `  on: ${before}`);
  if (rnd() < 0.05) {
    lines.push(
      'feedback:',
      `  - received: ${iso(Date.parse(time) + 3 * DAY)}`,
      '    channel: opinion-box',
      `    summary: 建议${subject}安排提前告知。`,
      '    response: 已采纳，下次提前一周公布。',
      `    responded: ${iso(Date.parse(time) + 6 * DAY)}`,
    );
  }
  if (rnd() < 0.2) lines.push(`tags: [${subject}]`);
  return lines.join('\n') + '\n';
}

const sha256Hex = (data) => createHash('sha256').update(data).digest('hex');
const GENESIS = '0'.repeat(64);

/**
 * One journal line (without its newline), as `formatLine` in src/model/chain.ts writes it: the entry's
 * JSON in the fixed key order of `appendJournal` (seq, time, action, id, file, sha256, prev), then its
 * own `hash` — the SHA-256 of that JSON — last.
 */
export function journalLine({ seq, time, action, id, file, sha256, prev }) {
  const body = JSON.stringify({ seq, time, action, id, file, sha256, prev });
  return `${body.slice(0, -1)},"hash":"${sha256Hex(body)}"}`;
}

/** Writes the archive; returns how many records were written. */
export function generateArchive(dir, count, seed = 1) {
  const catalog = parse(readFileSync(new URL('../templates/catalog.yaml', import.meta.url), 'utf8'));
  const rnd = prng(seed);
  mkdirSync(join(dir, 'records'), { recursive: true });
  writeFileSync(join(dir, 'xwgk.yaml'), 'school: 基准测试实验小学\nlocale: zh-CN\n');
  writeFileSync(join(dir, '.gitignore'), '.xwgk-cache/\n*.tmp\n');
  const perDay = new Map();
  const madeDirs = new Set();
  // The journal is built in memory and written once at the end (no per-line fsync as in the tool).
  const journal = [];
  let prev = GENESIS;
  for (let n = 1; n <= count; n++) {
    // Spread evenly over the ten years, every category in turn.
    const day = Math.floor(((n - 1) * DAYS) / Math.max(count, 1));
    const time = iso(FIRST_DAY + day * DAY);
    const seq = (perDay.get(time) ?? 0) + 1;
    perDay.set(time, seq);
    const id = `${time.replaceAll('-', '')}-${String(seq).padStart(3, '0')}`;
    const cat = catalog.categories[n % catalog.categories.length];
    const year = id.slice(0, 4);
    if (!madeDirs.has(year)) {
      mkdirSync(join(dir, 'records', year), { recursive: true });
      madeDirs.add(year);
    }
    const file = `records/${year}/${id}.yaml`;
    const text = recordText(id, time, cat, rnd, n);
    writeFileSync(join(dir, file), text);
    // Added at 08:00 Beijing time on the record's own date, in the order the records were made.
    const line = journalLine({
      seq: n,
      time: `${time}T00:00:00.000Z`,
      action: 'add',
      id,
      file,
      sha256: sha256Hex(Buffer.from(text, 'utf8')),
      prev,
    });
    journal.push(line, '\n');
    prev = sha256Hex(line);
  }
  if (count > 0) writeFileSync(join(dir, 'journal.jsonl'), journal.join(''));
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  const seedAt = process.argv.indexOf('--seed');
  if (!dir || !n || !/^\d+$/.test(n)) {
    console.error('usage: node bench/generate.mjs DIR N [--seed S]');
    process.exit(2);
  }
  const start = Date.now();
  generateArchive(dir, Number(n), seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1);
  console.error(`wrote ${n} records to ${dir} in ${((Date.now() - start) / 1000).toFixed(1)} s`);
}
