/** `requests` (every request answered within its working days) and `privacy` over requests, on inline archives. */
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { writeArchive } from '../helpers/archive.js';
import { archiveOf, NATIONAL_DAY_2025, runCheck, short } from '../helpers/checks.js';

/** A request file `{ path: yaml }`; `extra` is YAML text appended as is. */
function reqFile(id: string, received: string, extra = ''): Record<string, string> {
  return {
    [`requests/${id.slice(1, 5)}/${id}.yaml`]: `id: ${id}\nreceived: ${received}\nchannel: online\napplicant: person\nasked: 申请公开食堂采购合同\n${extra}`,
  };
}

describe('requests', () => {
  it('passes a request answered on its last working day, counted over the National Day holiday', () => {
    // Received Sep 8: 20 working days with Sep 28 worked, Oct 1–8 off → due Oct 11 (a moved Saturday).
    const archive = archiveOf({
      'xwgk.yaml': NATIONAL_DAY_2025,
      ...reqFile('R20250908-001', '2025-09-08', 'answer: { outcome: disclosed, on: 2025-10-11 }\n'),
    });
    expect(runCheck('requests', archive, { today: '2025-12-01' })).toEqual([]);
  });

  it('reports every kind of problem, each where it is', () => {
    const archive = archiveOf({
      'xwgk.yaml': NATIONAL_DAY_2025,
      ...reqFile('R20250908-001', '2025-09-08', 'answer: { outcome: disclosed, on: 2025-10-13 }\n'), // one working day late
      ...reqFile('R20250909-001', '2025-09-09'), // open, deadline Oct 13, today Nov 3: overdue
      ...reqFile('R20251020-001', '2025-10-20'), // open and in time
      ...reqFile(
        'R20250910-001',
        '2025-09-10',
        'extensions:\n  - { on: 2025-09-20, reason: 征求意见 }\n  - { on: 2025-10-20, reason: 再次征求意见 }\nanswer: { outcome: disclosed, on: 2025-09-05 }\n',
      ),
      ...reqFile(
        'R20250801-001',
        '2025-08-01',
        'extensions:\n  - { on: 2025-09-15, reason: 晚了 }\nanswer: { outcome: disclosed, on: 2025-09-20 }\n',
      ),
    });
    const findings = runCheck('requests', archive, { today: '2025-11-03' });
    expect(short(findings)).toEqual(
      [
        { code: 'requests.late', severity: 'error', id: 'R20250908-001' },
        { code: 'requests.overdue', severity: 'error', id: 'R20250909-001' },
        { code: 'requests.before-receipt', severity: 'error', id: 'R20250910-001' },
        { code: 'requests.extended-twice', severity: 'error', id: 'R20250910-001' },
        { code: 'requests.extended-late', severity: 'error', id: 'R20250801-001' },
        { code: 'requests.open', severity: 'warning', id: 'R20251020-001' },
      ].sort((a, b) => order(a.id) - order(b.id)),
    );
    const late = findings.find((f) => f.code === 'requests.late')!;
    expect(late).toMatchObject({
      file: 'requests/2025/R20250908-001.yaml',
      line: 6,
      message: { params: { deadline: '2025-10-11', answered: '2025-10-13', days: 1 } },
    });
    expect(findings.find((f) => f.code === 'requests.overdue')!.message.params).toMatchObject({ deadline: '2025-10-13', days: 15 });
    expect(findings.find((f) => f.code === 'requests.open')!.message.params).toMatchObject({ deadline: '2025-11-17', left: 10 });
    expect(findings.find((f) => f.code === 'requests.extended-late')!.message.params).toMatchObject({
      due: '2025-08-29',
      extended: '2025-09-15',
    });
  });

  it('keeps the requests received in the period asked for', () => {
    const archive = archiveOf({ ...reqFile('R20250303-001', '2025-03-03'), ...reqFile('R20251103-001', '2025-11-03') });
    expect(short(runCheck('requests', archive, { today: '2025-11-04', month: '2025-11' }))).toEqual([
      { code: 'requests.open', severity: 'warning', id: 'R20251103-001' },
    ]);
  });
});

const IDS = ['R20250801-001', 'R20250908-001', 'R20250909-001', 'R20250910-001', 'R20251020-001'];
const order = (id?: string) => IDS.indexOf(id!);

describe('the request file', () => {
  it('is checked by the schema with file, line and a hint listing the valid words', () => {
    const archive = loadArchive(
      writeArchive({
        ...reqFile('R20250303-001', '2025-03-03', 'answer: { outcome: withheld, on: 2025-03-20 }\nsurname: 张\n'),
        'requests/2025/R20250304-001.yaml': 'id: R20250304-001\nreceived: 2025-02-30\nchannel: email\napplicant: person\nasked: x\n',
      }),
    );
    const shortOf = (file: string) =>
      archive.findings
        .filter((f) => f.file === file)
        .map((f) => ({ code: f.code, severity: f.severity, line: f.line, field: f.message.params?.field }));
    expect(shortOf('requests/2025/R20250303-001.yaml')).toEqual([
      { code: 'schema.unknown-key', severity: 'warning', line: 7, field: 'surname' },
      { code: 'schema.missing-key', severity: 'error', line: 6, field: 'answer.reason' },
    ]);
    expect(shortOf('requests/2025/R20250304-001.yaml')).toEqual([
      { code: 'schema.invalid-value', severity: 'error', line: 2, field: 'received' },
      { code: 'schema.unknown-id', severity: 'error', line: 3, field: 'channel' },
    ]);
    expect(archive.findings.find((f) => f.message.params?.field === 'channel')!.hint).toEqual({
      key: 'hint.valid-values',
      params: { valid: 'in-person, post, online, fax, other' },
    });
    expect(archive.requests).toEqual([]);
  });
});

describe('privacy over requests', () => {
  it('finds a mobile number copied into what was asked, masked', () => {
    const archive = archiveOf(
      reqFile('R20250303-001', '2025-03-03', 'answer: { outcome: disclosed, on: 2025-03-05, note: 已电话告知 13812345678 }\n'),
    );
    const findings = runCheck('privacy', archive, { today: '2025-04-01' });
    expect(short(findings)).toEqual([{ code: 'privacy.mobile', severity: 'error', id: 'R20250303-001' }]);
    expect(findings[0]).toMatchObject({ file: 'requests/2025/R20250303-001.yaml', line: 6, message: { params: { field: 'answer.note' } } });
    expect(JSON.stringify(findings)).not.toContain('13812345678');
  });
});
