/** `privacy` and the number finder behind it: resident ID (GB 11643), mobile, bank card (Luhn). */
import { describe, expect, it } from 'vitest';
import { findPersonalNumbers, isResidentId, passesLuhn } from '../../src/model/personal-numbers.js';
import { archiveOf, rec, runCheck, short } from '../helpers/checks.js';

// 11010519491231002X is the standard's own example; 6222021234567890128 and 4111111111111111 pass Luhn.
describe('findPersonalNumbers', () => {
  it.each([
    ['身份证号11010519491231002X。', [{ kind: 'id-number', masked: '1101**********002X' }]],
    ['身份证 110105194912310021', []], // wrong check character
    ['身份证 110105194913310024', []], // month 13: not a birth date
    ['电话13812345678', [{ kind: 'mobile', masked: '138****5678' }]],
    [
      '电话 138 1234 5678 或 139-1234-5678',
      [
        { kind: 'mobile', masked: '138****5678' },
        { kind: 'mobile', masked: '139****5678' },
      ],
    ],
    ['+8613812345678', [{ kind: 'mobile', masked: '138****5678' }]],
    ['订单号 213812345678', []], // a mobile-like run inside a longer number
    ['12345678901', []], // starts 12: not a mobile
    ['卡号6222021234567890128', [{ kind: 'bank-card', masked: '6222***********0128' }]],
    ['卡号 4111 1111 1111 1111', [{ kind: 'bank-card', masked: '4111********1111' }]],
    ['卡号 4111111111111112', []], // fails Luhn
    ['举报电话 0571-88881234，价格举报 12358', []],
    ['9月份收入186400元，支出74080元，2025-09-01 起执行', []],
    ['编号 20250901-001，文号 教财〔2017〕28号', []],
  ] as const)('%s', (text, expected) => {
    expect(findPersonalNumbers(text)).toEqual(expected);
  });
  it('validates the check character and Luhn as specified', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('11010519491231002x')).toBe(true);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });
});

describe('privacy', () => {
  it('passes a student-aid list with names, grades and classes only', () => {
    const archive = archiveOf(
      rec('20250915-001', 'student-aid', '2025-09-15', { content: '三年级(2)班 李小明；五年级(1)班 张丽', until: '2025-09-19' }),
    );
    expect(runCheck('privacy', archive, { today: '2025-11-20' })).toEqual([]);
  });

  it('reports every number in every text field, masked, and names student-aid in the hint', () => {
    const archive = archiveOf({
      ...rec('20250915-001', 'student-aid', '2025-09-15', {
        content: '李小明 身份证11010519491231002X 卡号6222021234567890128',
        until: '2025-09-19',
        feedback: [{ received: '2025-09-16', channel: 'hotline', summary: '请联系家长 13812345678' }],
      }),
      ...rec('20250916-001', 'other', '2025-09-16', { explanation: '联系人手机 139 1234 5678', tags: ['13712345678'] }),
    });
    const findings = runCheck('privacy', archive, { today: '2025-11-20' });
    expect(short(findings)).toEqual([
      { code: 'privacy.id-number', severity: 'error', id: '20250915-001' },
      { code: 'privacy.bank-card', severity: 'error', id: '20250915-001' },
      { code: 'privacy.mobile', severity: 'error', id: '20250915-001' },
      { code: 'privacy.mobile', severity: 'error', id: '20250916-001' },
      { code: 'privacy.mobile', severity: 'error', id: '20250916-001' },
    ]);
    expect(findings.map((f) => [f.line, f.message.params!.field, f.message.params!.masked, f.hint!.key])).toEqual([
      [4, 'content', '1101**********002X', 'hint.privacy.student-aid'],
      [4, 'content', '6222***********0128', 'hint.privacy.student-aid'],
      [10, 'feedback[1].summary', '138****5678', 'hint.privacy.student-aid'],
      [9, 'explanation', '139****5678', 'hint.privacy'],
      [10, 'tags[1]', '137****5678', 'hint.privacy'],
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/13812345678|11010519491231002X|6222021234567890128/);
  });

  it('reads attachment names too, but not their hashes', () => {
    const archive = archiveOf(
      rec('20250915-001', 'other', '2025-09-15', {
        attachments: [
          {
            path: 'attachments/2025/李小明-11010519491231002X.jpg',
            sha256: '13812345678a13812345678b13812345678c13812345678d1381234567812345',
          },
          { path: 'attachments/2025/20250915-001-1.jpg', sha256: 'a'.repeat(64), note: '公开栏照片' },
        ],
      }),
    );
    expect(runCheck('privacy', archive, { today: '2025-11-20' }).map((f) => [f.code, f.message.params!.field])).toEqual([
      ['privacy.id-number', 'attachments[1].path'],
    ]);
  });

  it('skips withdrawn records', () => {
    const archive = archiveOf(
      rec('20250915-001', 'other', '2025-09-15', {
        content: '13812345678',
        status: 'withdrawn',
        withdrawn: { on: '2025-09-16', reason: '含个人信息，已撤下' },
      }),
    );
    expect(runCheck('privacy', archive, { today: '2025-11-20' })).toEqual([]);
  });
});
