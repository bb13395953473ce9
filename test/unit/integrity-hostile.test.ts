/**
 * Hostile input: every file of the corpus is reported with its exact finding, and the good records
 * beside them are still loaded. Text cases live in test/fixtures/hostile/; binary, huge, BOM, CRLF and
 * link cases are made here, because git and editors would change them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, FINANCE, recordYaml, tempDir, writeArchive } from '../helpers/archive.js';

const HOSTILE = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');
const base = (id: string, extra: Record<string, unknown> = {}) =>
  recordYaml({ ...FINANCE, id, time: `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}`, ...extra });

/** file (under records/2025/) → the code of the finding it must produce, and its line where it has one. */
const EXPECTED: [string, string, number | undefined][] = [
  ['syntax-error.yaml', 'schema.syntax', 4],
  ['alias-bomb.yaml', 'schema.alias', 3],
  ['duplicate-key.yaml', 'schema.duplicate-key', 3],
  ['custom-tag.yaml', 'schema.tag', 2],
  ['custom-tag-local.yaml', 'schema.tag', 2],
  ['id-dotdot.yaml', 'schema.invalid-value', 1],
  ['two-documents.yaml', 'schema.syntax', 2],
  ['not-a-mapping.yaml', 'schema.not-mapping', 1],
  ['deep-nesting.yaml', 'schema.too-deep', undefined],
  ['deep-block.yaml', 'schema.too-large', undefined],
  ['invalid-utf8.yaml', 'schema.encoding', 3],
  ['gbk.yaml', 'schema.encoding', 2],
  ['utf16.yaml', 'schema.encoding', 1], // UTF-16 is text in the wrong encoding (issue 14: it was called binary)
  ['huge.yaml', 'schema.too-large', undefined],
  ['binary.yaml', 'schema.binary', 3],
  ['outside-link.yaml', 'schema.outside', undefined],
  ['20250904-001.yaml', 'schema.unknown-key', 3],
  ['20250904-002.yaml', 'schema.invalid-value', 3],
  ['20250904-003.yaml', 'schema.invalid-value', 3],
  ['20250904-004.yaml', 'schema.invalid-value', 3],
  ['20250904-005.yaml', 'schema.invalid-value', 3],
  ['20250904-006.yaml', 'schema.invalid-value', 3],
  ['CON.yaml', 'schema.id-mismatch', 1],
  ['20250909-009.yaml', 'schema.syntax', 3],
];

let root: string;
let findings: { code: string; file?: string; line?: number; severity: string }[];

beforeAll(async () => {
  const files: Record<string, string | Uint8Array> = {
    'records/2025/20251010-001.yaml': recordYaml(FINANCE),
    'records/2025/20250905-001.yaml': base('20250905-001'),
    // A BOM and CRLF line ends are fine: the record loads.
    'records/2025/20250906-001.yaml': `\ufeff${base('20250906-001')}`,
    'records/2025/20250907-001.yaml': base('20250907-001').replaceAll('\n', '\r\n'),
    // A CRLF file with an error still points at the right line.
    'records/2025/20250909-009.yaml': 'id: 20250909-009\r\ntitle: x\r\ncategory finance\r\ncontent: x\r\n',
    // `__proto__` is an ordinary unknown key: a warning, the record loads, nothing is polluted.
    'records/2025/20250904-001.yaml': base('20250904-001')
      .replace('title:', '__proto__: {polluted: true}\ntitle:')
      .replace(/^id: .*\n/, 'id: 20250904-001\n# comment\n'),
    'records/2025/20250904-002.yaml': `id: 20250904-002\n#\nattachments: [{path: ../../etc/passwd, sha256: ${'a'.repeat(64)}}]\n`,
    'records/2025/20250904-003.yaml': `id: 20250904-003\n#\nattachments: [{path: /etc/passwd, sha256: ${'a'.repeat(64)}}]\n`,
    'records/2025/20250904-004.yaml': `id: 20250904-004\n#\nattachments: [{path: 'C:\\Windows\\win.ini', sha256: ${'a'.repeat(64)}}]\n`,
    'records/2025/20250904-005.yaml': `id: 20250904-005\n#\nattachments: [{path: attachments/2025/CON.txt, sha256: ${'a'.repeat(64)}}]\n`,
    'records/2025/20250904-006.yaml': `id: 20250904-006\n#\nattachments: [{path: attachments/2025/aux, sha256: ${'a'.repeat(64)}}]\n`,
    'records/2025/CON.yaml': base('20250908-001'),
    'records/2025/deep-nesting.yaml': `id: 20250903-010\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    'records/2025/deep-block.yaml': Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n',
    'records/2025/invalid-utf8.yaml': Buffer.concat([
      Buffer.from('id: 20250903-011\ntitle: x\ncontent: '),
      Buffer.from([0xc3, 0x28, 0x0a]),
    ]),
    'records/2025/gbk.yaml': Buffer.concat([Buffer.from('id: 20250903-012\ntitle: '), Buffer.from([0xb2, 0xe2, 0xca, 0xd4, 0x0a])]),
    'records/2025/utf16.yaml': Buffer.from(`\ufeff${base('20250903-013')}`, 'utf16le'),
    'records/2025/huge.yaml': Buffer.alloc(10 * 1024 * 1024, 'a'),
    'records/2025/binary.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  };
  for (const name of readdirSync(HOSTILE)) files[`records/2025/${name}`] = readFileSync(join(HOSTILE, name));
  root = writeArchive(files);
  const outside = tempDir();
  writeFileSync(join(outside, 'secret.yaml'), base('20250903-020'));
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'records/2025/outside-link.yaml'));
  // A link back up (a loop) and a named pipe: neither may hang or repeat the walk.
  symlinkSync('..', join(root, 'records/2025/loop'));
  mkdirSync(join(root, 'records/2026'));
  execFileSync('mkfifo', [join(root, 'records/2026/pipe.yaml')]);
  const r = await cli(['check', 'schema', '--format', 'json', '--archive', root]);
  expect(r.code).toBe(1);
  findings = JSON.parse(r.stdout).findings;
});

describe('hostile input', () => {
  it.each(EXPECTED)('%s → %s', (name, code, line) => {
    const mine = findings.filter((f) => f.file === `records/2025/${name}`);
    expect(mine.map((f) => f.code)).toContain(code);
    if (line !== undefined) expect(mine.find((f) => f.code === code)?.line).toBe(line);
  });

  it('reports a link loop once and a named pipe without reading it', () => {
    expect(findings.filter((f) => f.file === 'records/2025/loop').map((f) => f.code)).toEqual(['schema.link-loop']);
    expect(findings.filter((f) => f.file === 'records/2026/pipe.yaml').map((f) => f.code)).toEqual(['schema.not-file']);
  });

  it('an alias bomb is one finding, not one per alias', () => {
    expect(findings.filter((f) => f.file === 'records/2025/alias-bomb.yaml')).toHaveLength(1);
  });

  it('still loads the good records beside them', async () => {
    const r = await cli(['list', '--format', 'json', '--archive', root]);
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id).sort();
    expect(ids).toEqual(['20250904-001', '20250905-001', '20250906-001', '20250907-001', '20251010-001']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses ids that try to leave the archive on the command line', async () => {
    for (const args of [
      ['show', '../../etc/passwd'],
      ['amend', '../x', '--reason', 'r'],
      ['withdraw', 'C:\\x', '--reason', 'r'],
    ]) {
      const r = await cli([...args, '--archive', root]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('YYYYMMDD-NNN');
    }
  });
});
