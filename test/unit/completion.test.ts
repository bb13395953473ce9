import { describe, expect, it } from 'vitest';
import { cli, FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';

const ENV = { XWGK_TODAY: '2025-11-20' };

async function complete(root: string, ...words: string[]): Promise<string[]> {
  const last = words.pop() ?? '';
  const r = await cli(['__complete', ...words, `:${last}`], { cwd: root, env: ENV });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('xwgk __complete (the dynamic half of shell completion)', () => {
  const root = writeArchive({
    'records/2025/20251010-001.yaml': recordYaml(FINANCE),
    'records/2025/20251010-002.yaml': recordYaml({ ...FINANCE, id: '20251010-002' }),
  });

  it('commands, including the new ones', async () => {
    const all = await complete(root, '');
    expect(all).toEqual(expect.arrayContaining(['init', 'add', 'list', 'show', 'import', 'export', 'completion', 'schema', 'help']));
    expect(all).not.toContain('__complete');
    expect(await complete(root, 'ex')).toEqual(['export']);
  });

  it("a command's options and the global ones", async () => {
    const opts = await complete(root, 'export', '--');
    expect(opts).toEqual(expect.arrayContaining(['--term', '--month', '--format', '--out', '--archive', '--lang', '--help']));
    expect(await complete(root, 'import', '--d')).toEqual(['--default', '--dry-run']);
  });

  it('catalog ids after --category, --form, --audience', async () => {
    expect(await complete(root, 'list', '--category', 'f')).toEqual(['fees', 'fee-settlement', 'finance']);
    expect(await complete(root, 'add', '--form', 'we')).toEqual(['website', 'wechat']);
    expect(await complete(root, 'list', '--audience', '')).toEqual(['staff', 'students', 'parents', 'public']);
    expect(await complete(root, 'list', '--category=fi')).toEqual(['--category=finance']);
  });

  it('term ids after --term, formats after --format, choices after --timing', async () => {
    const terms = await complete(root, 'list', '--term', '');
    expect(terms.slice(0, 4)).toEqual(['current', 'previous', '2025-2026-2', '2025-2026-1']);
    expect(terms).toContain('2025-2026-1');
    expect(await complete(root, 'export', '--format', '')).toEqual(['jsonl', 'csv', 'xlsx']);
    expect(await complete(root, 'add', '--timing', 'a')).toEqual(['after']);
  });

  it('record ids where a command takes an id; check names; shells; files', async () => {
    expect(await complete(root, 'show', '2025')).toEqual(['20251010-002', '20251010-001']);
    expect(await complete(root, 'show', '20251010-001', '')).toEqual([]);
    expect(await complete(root, 'check', '')).toEqual(expect.arrayContaining(['schema', 'catalog']));
    expect(await complete(root, 'completion', '')).toEqual(['bash', 'zsh', 'powershell']);
    expect(await complete(root, 'import', '')).toEqual(['__files__']);
    expect(await complete(root, 'export', '--out', '')).toEqual(['__files__']);
    expect(await complete(root, 'help', 'sh')).toEqual(['show']);
  });

  it('request ids where a request command takes an id, and the request words after its options', async () => {
    const withRequests = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml(FINANCE),
      'requests/2025/R20250310-001.yaml': 'id: R20250310-001\nreceived: 2025-03-10\nchannel: online\napplicant: person\nasked: x\n',
      'requests/2025/R20250401-001.yaml': 'id: R20250401-001\nreceived: 2025-04-01\nchannel: post\napplicant: legal\nasked: y\n',
    });
    expect(await complete(withRequests, 'request', '')).toEqual(
      expect.arrayContaining(['add', 'answer', 'extend', 'appeal', 'amend', 'list']),
    );
    expect(await complete(withRequests, 'request', 'answer', '')).toEqual(['R20250401-001', 'R20250310-001']);
    expect(await complete(withRequests, 'show', '')).toEqual(['20251010-001']);
    // The request channels, not the feedback channels of the catalog.
    expect(await complete(withRequests, 'request', 'add', '--channel', '')).toEqual(['in-person', 'post', 'online', 'fax', 'other']);
    expect(await complete(withRequests, 'request', 'answer', 'R20250310-001', '--outcome', 'd')).toEqual(['disclosed']);
    expect(await complete(withRequests, 'feedback', 'add', '20251010-001', '--channel', 'h')).toEqual(['hotline']);
    expect(await complete(withRequests, 'report', '--format', '')).toEqual(['md', 'html', 'docx', 'json']);
  });

  it('outside an archive: still commands and the default catalog, never an error', async () => {
    const nowhere = (await import('../helpers/archive.js')).tempDir();
    expect(await complete(nowhere, 'list', '--category', 'fin')).toEqual(['finance']);
    expect(await complete(nowhere, 'show', '')).toEqual([]);
  });
});

describe('xwgk completion SHELL', () => {
  it('prints a script for each shell that calls back xwgk __complete', async () => {
    for (const shell of ['bash', 'zsh', 'powershell']) {
      const r = await cli(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('xwgk __complete');
    }
    expect((await cli(['completion', 'bash'])).stdout).toContain('complete -F _xwgk_completion xwgk');
    expect((await cli(['completion', 'zsh'])).stdout).toMatch(/^#compdef xwgk\n/);
    expect((await cli(['completion', 'powershell'])).stdout).toContain('Register-ArgumentCompleter -Native -CommandName xwgk');
  });

  it('an unknown shell is exit 2', async () => {
    const r = await cli(['completion', 'fish']);
    expect(r.code).toBe(2);
  });
});
