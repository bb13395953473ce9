/** `attachments`: inside the archive after links are followed, present, a file, and matching its hash. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { attachmentInspector } from '../../src/archive/attachments.js';
import { rec, runCheck, short } from '../helpers/checks.js';
import { writeArchive } from '../helpers/archive.js';

const PHOTO = Buffer.from('公开栏照片 / photo of the board');
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const attached = (...items: { path: string; sha256: string }[]) => rec('20251010-001', 'other', '2025-10-10', { attachments: items });

describe('attachments', () => {
  it('passes an attachment inside the archive that matches its hash', () => {
    const root = writeArchive({
      'attachments/2025/board.jpg': PHOTO,
      ...attached({ path: 'attachments/2025/board.jpg', sha256: sha(PHOTO) }),
    });
    expect(runCheck('attachments', loadArchive(root), { today: '2025-11-20' })).toEqual([]);
  });

  it('reports a changed file, a missing one, a folder, and links that leave the archive', () => {
    const outside = mkdtempSync(join(tmpdir(), 'xwgk-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'x');
    const root = writeArchive({
      'attachments/2025/board.jpg': PHOTO,
      ...attached(
        { path: 'attachments/2025/board.jpg', sha256: sha('the original photo') },
        { path: 'attachments/2025/gone.jpg', sha256: sha(PHOTO) },
        { path: 'attachments/2025', sha256: sha(PHOTO) },
        { path: 'attachments/link.txt', sha256: sha('x') },
        { path: 'attachments/sibling.txt', sha256: sha('x') },
      ),
    });
    symlinkSync(join(outside, 'secret.txt'), join(root, 'attachments/link.txt'));
    // A sibling whose name starts with the archive's: a startsWith test would let it through.
    mkdirSync(`${root}-evil`, { recursive: true });
    writeFileSync(`${root}-evil/sibling.txt`, 'x');
    symlinkSync(`${root}-evil/sibling.txt`, join(root, 'attachments/sibling.txt'));
    const findings = runCheck('attachments', loadArchive(root), { today: '2025-11-20' });
    expect(short(findings)).toEqual([
      { code: 'attachments.hash', severity: 'error', id: '20251010-001' },
      { code: 'attachments.missing', severity: 'error', id: '20251010-001' },
      { code: 'attachments.not-file', severity: 'error', id: '20251010-001' },
      { code: 'attachments.outside', severity: 'error', id: '20251010-001' },
      { code: 'attachments.outside', severity: 'error', id: '20251010-001' },
    ]);
    expect(findings[0]).toMatchObject({
      file: 'records/2025/20251010-001.yaml',
      line: 9,
      message: { params: { path: 'attachments/2025/board.jpg', actual: `${sha(PHOTO).slice(0, 12)}…` } },
    });
  });

  it('follows a link that stays inside the archive', () => {
    const root = writeArchive({ 'attachments/2025/board.jpg': PHOTO, ...attached({ path: 'attachments/latest.jpg', sha256: sha(PHOTO) }) });
    symlinkSync(join(root, 'attachments/2025/board.jpg'), join(root, 'attachments/latest.jpg'));
    expect(runCheck('attachments', loadArchive(root), { today: '2025-11-20' })).toEqual([]);
  });

  it('the inspector refuses paths that leave the archive before touching the disk', () => {
    const inspect = attachmentInspector(writeArchive());
    expect(inspect('../x.txt')).toEqual({ state: 'outside' });
    expect(inspect('/etc/passwd')).toEqual({ state: 'outside' });
    expect(inspect('attachments/../../x')).toEqual({ state: 'outside' });
  });
});
