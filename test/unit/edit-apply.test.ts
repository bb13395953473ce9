// The one write path: validate (exit 2, nothing written), write and journal, warnings as values.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { addRecord, changeRecord, PENDING_ID, validateForWrite } from '../../src/edit/apply.js';
import { XwgkError } from '../../src/model/errors.js';
import type { DisclosureRecord } from '../../src/model/record.js';
import { writeArchive } from '../helpers/archive.js';

const ENV = { XWGK_NOW: '2025-10-10T08:00:00+08:00' };
const RAW = {
  id: PENDING_ID,
  title: '9月财务收支',
  category: 'finance',
  content: '收入186400元',
  time: '2025-10-10',
  form: ['board'],
  audience: ['staff'],
  responsible: '王建国',
  period: '2025-09',
};

describe('the edit layer', () => {
  it('refuses what breaks the schema with every problem located, worded by the caller', () => {
    const { catalog } = loadArchive(writeArchive());
    let error: unknown;
    try {
      validateForWrite({ ...RAW, time: '2025-13-01', category: 'nonesuch' }, catalog, {
        message: { key: 'err.add-invalid' },
        hint: { key: 'hint.add-flags' },
        field: (p) => `--${p.join('-')}`,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XwgkError);
    const e = error as XwgkError;
    expect([e.exitCode, e.msg.key, e.hint?.key]).toEqual([2, 'err.add-invalid', 'hint.add-flags']);
    expect(e.details.map((d) => d.message.params?.field).sort()).toEqual(['--category', '--time']);
  });

  it('writes a new record, journals it, and returns the catalog’s warnings without refusing', () => {
    const root = writeArchive();
    const settings = loadArchive(root);
    const record = validateForWrite(RAW, settings.catalog, { message: { key: 'err.add-invalid' } });
    const { written, warnings } = addRecord(settings, record, { action: 'add', env: ENV });
    expect(written).toMatchObject({ id: '20251010-001', file: 'records/2025/20251010-001.yaml' });
    expect(readFileSync(join(root, written.file), 'utf8')).toBe(written.text);
    const journal = readFileSync(join(root, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(journal).toEqual([expect.objectContaining({ seq: 1, action: 'add', id: '20251010-001', time: '2025-10-10T00:00:00.000Z' })]);
    // Income and spending needs a review and a supervision: written anyway, the checks will judge it.
    expect(warnings.map((w) => [w.check, w.code])).toEqual(expect.arrayContaining([['approvals', 'approvals.missing']]));
  });

  it('refuses a change to a file that changed since it was read (exit 3), writing nothing', () => {
    const root = writeArchive();
    const settings = loadArchive(root);
    const { written } = addRecord(settings, validateForWrite(RAW, settings.catalog, { message: { key: 'err.add-invalid' } }), {
      action: 'add',
      env: ENV,
    });
    const archive = loadArchive(root, { cache: false });
    const loaded = archive.records[0]!;
    writeFileSync(join(root, written.file), `${written.text}# a clerk's note\n`);
    const changed = { ...(loaded.record as DisclosureRecord), title: '九月财务收支（更正）' };
    expect(() =>
      changeRecord(archive, loaded, changed, { action: 'amend', reason: '标题有误', env: ENV }, { message: { key: 'err.add-invalid' } }),
    ).toThrow(expect.objectContaining({ exitCode: 3 }));
    expect(readFileSync(join(root, written.file), 'utf8')).toContain("# a clerk's note");
    expect(readFileSync(join(root, 'journal.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(root, '.xwgk.lock'))).toBe(false);
  });
});
