/**
 * The one finder for the record or request a command changes: found, broken (every error located) or
 * unknown, each exit 2; and request files read by the same reader as record files.
 */
import { describe, expect, it } from 'vitest';
import { loadRequests } from '../../src/archive/load-requests.js';
import type { Finding } from '../../src/model/finding.js';
import { loadArchiveFromFiles } from '../../src/archive/load-from-files.js';
import { findRecord, recordToChange, requestToChange } from '../../src/edit/find-record.js';
import { XwgkError } from '../../src/model/errors.js';
import { FINANCE, recordYaml, SETTINGS_ZH, writeArchive } from '../helpers/archive.js';

const REQUEST = 'id: R20250908-001\nreceived: 2025-09-08\nchannel: online\napplicant: person\nasked: 申请公开食堂采购合同\n';
const archive = loadArchiveFromFiles({
  'xwgk.yaml': SETTINGS_ZH,
  'records/2025/20251010-001.yaml': recordYaml(FINANCE),
  'records/2025/20251011-001.yaml': recordYaml({ ...FINANCE, id: '20251011-001', time: '2025-13-45' }),
  'requests/2025/R20250908-001.yaml': REQUEST,
  'requests/2025/R20250909-001.yaml': REQUEST.replace('R20250908', 'R20250909').replace('person', 'robot'),
});

/** What a finder throws, as the fields the CLI prints. */
function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof XwgkError)) throw e;
    return {
      exit: e.exitCode,
      msg: e.msg,
      hint: e.hint,
      details: e.details.map((d) => ({ file: d.file, line: d.line, key: d.message.key })),
    };
  }
  throw new Error('no refusal');
}

describe('finding what a command changes', () => {
  it('returns the record or request with that id', () => {
    expect(recordToChange(archive, '20251010-001').record.title).toBe(FINANCE.title);
    expect(requestToChange(archive, 'R20250908-001').request.applicant).toBe('person');
  });

  it('refuses a record file that no longer validates, each error located', () => {
    expect(refusal(() => recordToChange(archive, '20251011-001'))).toMatchObject({
      exit: 2,
      msg: { key: 'amend.file-invalid', params: { id: '20251011-001', file: 'records/2025/20251011-001.yaml' } },
      hint: { key: 'hint.amend-fix-file' },
      details: [{ file: 'records/2025/20251011-001.yaml', line: expect.any(Number) }],
    });
  });

  it('refuses a request file that no longer validates, each error located', () => {
    const r = refusal(() => requestToChange(archive, 'R20250909-001'));
    expect(r).toMatchObject({
      exit: 2,
      msg: { key: 'err.request.file-invalid', params: { id: 'R20250909-001', file: 'requests/2025/R20250909-001.yaml' } },
      hint: { key: 'hint.request.fix-file' },
    });
    expect(r.details.length).toBeGreaterThan(0);
    expect(r.details.every((d) => d.file === 'requests/2025/R20250909-001.yaml' && d.line === 4)).toBe(true);
  });

  it('names an unknown id as unknown, for records and requests alike', () => {
    expect(refusal(() => recordToChange(archive, '20251012-001'))).toMatchObject({ exit: 2, msg: { key: 'err.unknown-record' } });
    expect(refusal(() => findRecord(archive, 'nonsense'))).toMatchObject({ exit: 2, msg: { key: 'err.id' } });
    expect(refusal(() => requestToChange(archive, 'R20250910-001'))).toMatchObject({
      exit: 2,
      msg: { key: 'err.request.unknown-id', params: { id: 'R20250910-001' } },
      hint: { key: 'hint.request.list' },
    });
  });
});

describe('request files read as record files are', () => {
  it('names a request file too large to read (never reading it) and still loads the others', () => {
    const root = writeArchive({
      'requests/2025/R20250908-001.yaml': REQUEST,
      'requests/2025/R20250909-001.yaml': `${REQUEST.replace('R20250908', 'R20250909')}# ${'x'.repeat(1024 * 1024)}\n`,
    });
    const findings: Finding[] = [];
    const requests = loadRequests(root, findings);
    expect(requests.map((r) => r.request.id)).toEqual(['R20250908-001']);
    expect(findings.map((f) => `${f.file} ${f.code}`)).toEqual(['requests/2025/R20250909-001.yaml schema.too-large']);
  });
});
