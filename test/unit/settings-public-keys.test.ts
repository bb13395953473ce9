/**
 * Unknown keys under `public:` (and in a term) in xwgk.yaml: each named with its line and column, the
 * key it is nearest to (through the other names `public:` reads, `telephone` → phone), or the valid
 * keys; in Chinese and English through the real CLI.
 */
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/archive/settings.js';
import { XwgkError } from '../../src/model/errors.js';
import { PUBLIC_KEYS, PublicSettingsSchema } from '../../src/model/public-settings.js';
import { spawnCli, writeArchive } from '../helpers/archive.js';

const YAML = `school: 测试小学
public:
  office: 办公室
  adress: 示例路 1 号
  telphone: 0000-1
  zzz: 1
terms:
  - {id: 2025-2026-1, nmae: 秋季, start: 2025-09-01, end: 2026-01-31}
`;

function problems(yaml: string): XwgkError {
  try {
    parseSettings('/nowhere', new TextEncoder().encode(yaml));
  } catch (e) {
    if (e instanceof XwgkError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('unknown keys in the sections of xwgk.yaml', () => {
  it('names each with file, line, column and the nearest valid key, in the order of the file', () => {
    const e = problems(YAML);
    expect(e.exitCode).toBe(2);
    expect(e.details.map((d) => [d.file, d.line, d.column, d.message, d.hint])).toEqual([
      [
        'xwgk.yaml',
        4,
        3,
        { key: 'err.unknown-key', params: { field: 'public.adress' } },
        { key: 'hint.did-you-mean', params: { suggestion: 'address' } },
      ],
      [
        'xwgk.yaml',
        5,
        3,
        { key: 'err.unknown-key', params: { field: 'public.telphone' } },
        { key: 'hint.did-you-mean', params: { suggestion: 'phone' } },
      ],
      [
        'xwgk.yaml',
        6,
        3,
        { key: 'err.unknown-key', params: { field: 'public.zzz' } },
        { key: 'hint.known-keys', params: { valid: PUBLIC_KEYS.join(', ') } },
      ],
      [
        'xwgk.yaml',
        8,
        23,
        { key: 'err.unknown-key', params: { field: 'terms.0.nmae' } },
        { key: 'hint.did-you-mean', params: { suggestion: 'name' } },
      ],
    ]);
  });

  it('lists every key the public: schema takes', () => {
    const all = {
      office: 'a',
      address: 'b',
      hours: 'c',
      phone: 'd',
      email: 'e',
      request: 'f',
      audiences: ['public'],
      base_url: 'https://x.cn/',
    };
    expect(Object.keys(all)).toEqual([...PUBLIC_KEYS]);
    expect(Object.keys(PublicSettingsSchema.parse(all))).toEqual([...PUBLIC_KEYS]);
  });

  it('says it in Chinese and in English', () => {
    const archive = writeArchive({ 'xwgk.yaml': YAML });
    const zh = spawnCli(['--archive', archive, '--lang', 'zh-CN', 'site', '--out', `${archive}-site`]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('xwgk.yaml:4:3：未知字段“public.adress”');
    expect(zh.stderr).toContain('提示：是否想写 address？');
    expect(zh.stderr).toContain('提示：可用的字段：office, address, hours, phone, email, request, audiences, base_url');
    expect(zh.stderr).not.toMatch(/is not valid|无效/);
    const en = spawnCli(['--archive', archive, '--lang', 'en', 'list']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('xwgk.yaml:5:3: unknown field public.telphone');
    expect(en.stderr).toContain('hint: did you mean phone?');
    expect(en.stderr).toContain('xwgk.yaml:8:23: unknown field terms.0.nmae');
  });
});
