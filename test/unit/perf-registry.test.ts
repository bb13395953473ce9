// The lazy command registry: a command's module loads only when it runs, yet help and suggestions
// after a typo see every command, as when all were loaded at start-up.
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandsFor } from '../../src/commands/index.js';
import { cli, FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';

const WITH_VALUE = new Set(['--archive', '--lang']);
const names = COMMANDS.map((c) => (typeof c === 'function' ? '' : c.name));

describe('command registry', () => {
  it('loads only the command named, after global options', async () => {
    expect(await commandsFor(['--archive', 'list', 'check', '--format', 'json'], WITH_VALUE)).toHaveLength(1);
    expect(await commandsFor(['--lang=en', '-q', 'show', 'x'], WITH_VALUE)).toHaveLength(1);
  });

  it('loads them all for help, for `help CMD` and for a typo', async () => {
    for (const argv of [[], ['--help'], ['help', 'list'], ['lsit']]) expect(await commandsFor(argv, WITH_VALUE)).toHaveLength(COMMANDS.length);
  });

  it('lists every command in help, and suggests the nearest after a typo', async () => {
    const help = await cli(['--help', '--lang', 'en']);
    for (const n of names) expect(help.stdout).toContain(`  ${n}`);
    const typo = await cli(['chek', '--lang', 'en']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('check');
  });

  it('runs a command with only its own module loaded', async () => {
    const root = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
    const r = await cli(['--archive', root, 'list', '--format', 'json', '--today', '2026-01-01']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
});
