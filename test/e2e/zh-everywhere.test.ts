/**
 * Chinese everywhere in Chinese mode: every command's help and the common error paths, run as real
 * processes under zh-CN, must hold no English word outside an allow-list — the commands and options
 * people type, ids they typed or may type, file names, formats like YYYY-MM-DD, and product names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, REPO, spawnCli, writeArchive } from '../helpers/archive.js';
import { addFlags, PLAIN } from '../helpers/add-flags.js';

const sample = join(REPO, 'archive');
/** The commands the help lists (and their subcommands), read from the built CLI: a new command is covered by itself. */
function listedCommands(prefix: string[] = []): string[] {
  const help = spawnCli(['--archive', sample, '--lang', 'zh-CN', ...prefix, '--help']).stdout;
  const section = help.split('命令：')[1] ?? '';
  const names = section
    .split('\n')
    .map((l) => /^ {2}([a-z][\w-]*)/.exec(l)?.[1])
    .filter((n): n is string => !!n && n !== 'help');
  return names.flatMap((n) => [[...prefix, n].join(' '), ...(prefix.length === 0 ? listedCommands([n]) : [])]);
}
const COMMANDS = listedCommands();

/** The ids of the default catalog: people may type them (categories, forms, audiences, channels). */
const CATALOG_IDS = (() => {
  const c = parse(readFileSync(join(REPO, 'templates/catalog.yaml'), 'utf8')) as Record<string, { id: string }[]>;
  return Object.values(c)
    .flatMap((list) => (Array.isArray(list) ? list.map((x) => x.id) : []))
    .flatMap((id) => id.split('-').concat(id));
})();

/** Words people type or read as names: commands, ids of the catalog and the checks, formats, products, shells. */
const ALLOWED = new Set([
  ...COMMANDS.flatMap((c) => c.split(' ')),
  'help',
  'respond',
  ...CATALOG_IDS,
  'N',
  // what people type: keywords, ids, formats and channels of the catalog, the checks' names
  'current',
  'previous',
  'all',
  'published',
  'withdrawn',
  'before',
  'during',
  'after',
  'staff',
  'students',
  'parents',
  'public',
  'opinion-box',
  'hotline',
  'board',
  'schema',
  'catalog',
  'completeness',
  'timeliness',
  'approvals',
  'feedback',
  'attachments',
  'privacy',
  'integrity',
  'requests',
  'record',
  'request',
  'review',
  'litigation',
  'table',
  'csv',
  'json',
  'jsonl',
  'md',
  'html',
  'docx',
  'xlsx',
  'text',
  'yaml',
  'bash',
  'zsh',
  'powershell',
  'zh-CN',
  'en',
  // names of things: products, standards and the YAML parser
  'Excel',
  'WPS',
  'CSV',
  'YAML',
  'JSON',
  'Schema',
  'SHA',
  'UTF',
  'IANA',
  'Asia',
  'Shanghai',
  'Tab',
  'NUL',
  'xls',
  'et',
  'ID',
]);

/** The English words of `text` that are not commands, options, file names, formats or allowed names. */
function englishWords(text: string, typed: readonly string[] = []): string[] {
  const rest = text
    .replace(/（解析器原文：[^）]*）/g, '') // the YAML parser's own text, kept as a detail
    .replace(/\bxwgk(?: [a-z][\w-]*)*/g, '') // commands: xwgk feedback respond
    .replace(/(^|\s|[（(，、：'"“])--?[\w-]+(?:[= ]?<[^>]*>)?/g, '$1') // options and their placeholders
    .replace(/<[^>]*>|\[[^\]]*\]/g, '') // argument placeholders
    .replace(/[\w./-]*\.(?:ya?ml|jsonl?|csv|xlsx?|docx|md|html|liquid|et)\b/g, '') // file names
    .replace(/\b(?:records|attachments|templates|schema)\/[\w./-]*/g, '')
    .replace(/\bY{4}(?:[-/]?(?:M{2}|Y{4}))?(?:-(?:DD|N|NNN|MM))*(?:T?HH:MM)?\b|\bMM-DD\b|\bYYYYMMDD-NNN\b/g, '') // formats
    .replace(/\bXWGK_\w+\b/g, '')
    .replace(/\bhttps?:\/\/\S+/g, '') // example addresses: https://www.example.edu.cn/xxgk/
    .replace(/\bR(?:\d{8}|YYYYMMDD)-(?:\d{3,}|NNN)\b/g, '') // request ids: R20250310-001
    .replace(/(?:^|[\s'"“])[\w.]+=/g, ' ') // field=value after --set, --map, --default
    .replace(/=[\w.-]+/g, '=') // header=field after --map
    .replace(/\b[0-9a-f]{8,}\b/g, ''); // digests
  const words = [...rest.matchAll(/[A-Za-z][A-Za-z-]*/g)].map((m) => m[0]);
  return words.filter((w) => !ALLOWED.has(w) && !typed.includes(w));
}

const zh = (args: string[], root = sample) => cli(['--archive', root, '--lang', 'zh-CN', ...args]);

describe('help in Chinese, for every command', () => {
  it('finds the commands in the help', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['add', 'audit', 'summary', 'feedback add', 'feedback respond', 'completion']));
  });
  it('xwgk --help', async () => {
    const r = await zh(['--help']);
    expect(r.code).toBe(0);
    expect(englishWords(r.stdout)).toEqual([]);
  });
  for (const c of COMMANDS) {
    it(`xwgk ${c} --help`, async () => {
      const r = await zh([...c.split(' '), '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('用法：');
      expect(englishWords(r.stdout), r.stdout).toEqual([]);
    });
  }
});

describe('common error paths in Chinese', () => {
  const broken = writeArchive({ 'records/2025/20250901-001.yaml': 'id: 20250901-001\ntitle: [a\n- b\n' });
  const CASES: { args: string[]; typed?: string[]; root?: string; code: number }[] = [
    { args: ['bogus'], typed: ['bogus'], code: 2 },
    { args: ['list', '--fomat', 'md'], typed: ['fomat'], code: 2 },
    { args: ['list', '--format', 'pdf'], typed: ['pdf'], code: 2 },
    { args: ['list', '--status', 'gone'], typed: ['gone'], code: 2 },
    { args: ['list', '--term'], code: 2 },
    { args: ['show'], code: 2 },
    { args: ['show', '20250901-001', 'extra'], typed: ['extra'], code: 2 },
    { args: ['show', '20990101-001'], code: 2 },
    { args: ['completion', 'fish'], typed: ['fish'], code: 2 },
    { args: ['summary', '--term', '2030-2031-1'], code: 2 },
    { args: ['summary', '--term', '2025-2026-3'], code: 2 },
    { args: ['audit', '--format', 'xlsx'], code: 2 },
    { args: ['add', '--yes', '--category', 'finance'], code: 2 },
    {
      args: addFlags({ ...PLAIN, category: 'nonsense', title: '标题', content: '内容', time: '2025-02-30' }),
      typed: ['nonsense'],
      code: 2,
    },
    { args: ['check', 'nosuchcheck'], typed: ['nosuchcheck'], code: 2 },
    // The excerpt shows the file's own line (`- b`).
    { args: ['check', 'schema', '--today', '2025-10-01'], root: broken, typed: ['b'], code: 1 },
    { args: ['show', '20250901-001'], root: broken, typed: ['b'], code: 2 },
  ];
  for (const c of CASES) {
    it(`xwgk ${c.args.join(' ')}`, async () => {
      const r = await zh(c.args, c.root);
      expect(r.code).toBe(c.code);
      const text = r.stdout + r.stderr;
      expect(text.trim()).not.toBe('');
      expect(englishWords(text, c.typed), text).toEqual([]);
    });
  }
});
