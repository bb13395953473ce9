// The in-memory loader gives what the disk loader gives: the same records, the same findings.
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { loadArchiveFromFiles } from '../../src/archive/load-from-files.js';
import { FINANCE, recordYaml, SETTINGS_ZH, writeArchive } from '../helpers/archive.js';

const FILES: Record<string, string> = {
  'xwgk.yaml': `${SETTINGS_ZH}feedbak_days: 10\n`,
  'records/2025/20251010-001.yaml': recordYaml(FINANCE),
  'records/2025/20250905-001.yaml': recordYaml({ ...FINANCE, id: '20250905-001', time: '2025-09-05', audiance: '[staff]' }),
  'records/2025/20250906-001.yaml': 'id: 20250906-001\ntitle: [unclosed\n',
  'records/2024/20251011-001.yaml': recordYaml({ ...FINANCE, id: '20251011-001', time: '2025-10-11' }),
  'records/2025/20251012-001.yml': recordYaml({ ...FINANCE, id: '20251012-001' }),
};

describe('loadArchiveFromFiles', () => {
  it('loads the records and findings loadArchive loads from the same files on disk', () => {
    const onDisk = loadArchive(writeArchive(FILES), { cache: false });
    const inMemory = loadArchiveFromFiles(FILES);
    expect(inMemory.records.map((r) => [r.file, r.record.id, r.hash])).toEqual(onDisk.records.map((r) => [r.file, r.record.id, r.hash]));
    expect(inMemory.records.map((r) => r.record)).toEqual(onDisk.records.map((r) => r.record));
    expect(inMemory.findings).toEqual(onDisk.findings);
    expect(inMemory.fileCount).toBe(onDisk.fileCount);
    expect(inMemory.config).toEqual(onDisk.config);
  });

  it('finds what is wrong, each in its file (unknown keys, a syntax error, a misplaced file, a .yml name)', () => {
    const { findings } = loadArchiveFromFiles(FILES);
    expect(findings.map((f) => [f.code, f.file])).toEqual(
      expect.arrayContaining([
        ['schema.unknown-key', 'xwgk.yaml'],
        ['schema.unknown-key', 'records/2025/20250905-001.yaml'],
        ['schema.misplaced', 'records/2024/20251011-001.yaml'],
        ['schema.extension', 'records/2025/20251012-001.yml'],
      ]),
    );
    expect(findings.find((f) => f.file === 'records/2025/20250906-001.yaml')).toMatchObject({ severity: 'error', line: 3 });
  });

  it('needs an xwgk.yaml, as the disk loader does (exit 2)', () => {
    expect(() => loadArchiveFromFiles({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) })).toThrow(
      expect.objectContaining({ exitCode: 2 }),
    );
  });
});
