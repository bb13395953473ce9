// The command registry: commands built in registry order for any invocation; help and suggestions
// after a typo see every command.
import { describe, expect, it } from 'vitest';
import { Ctx } from '../../src/commands/context.js';
import { buildCommands } from '../../src/commands/index.js';
import { cli, FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';

const ctx = () =>
  new Ctx(
    {
      argv: [],
      env: { XWGK_LANG: 'en' },
      cwd: '/',
      stdout: () => {},
      stderr: () => {},
      interactive: false,
      stdoutColor: false,
      columns: undefined,
    },
    {},
  );
const NAMES = ['init', 'add', 'list', 'show', 'check', 'catalog', 'terms', 'schema'];

describe('command registry', () => {
  it('builds every command of the registry, in its order', () => {
    const all = buildCommands(ctx()).map((c) => c.name());
    expect(all).toEqual(expect.arrayContaining(NAMES));
    expect(all.indexOf('init')).toBeLessThan(all.indexOf('list'));
    expect(new Set(all).size).toBe(all.length);
  });

  it('lists every command in help, and suggests the nearest after a typo', async () => {
    const help = await cli(['--help', '--lang', 'en']);
    for (const n of NAMES) expect(help.stdout).toContain(`  ${n}`);
    const typo = await cli(['chek', '--lang', 'en']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('check');
  });

  it('runs a command', async () => {
    const root = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
    const r = await cli(['--archive', root, 'list', '--format', 'json', '--today', '2026-01-01']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
});
