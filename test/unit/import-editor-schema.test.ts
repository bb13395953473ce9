import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_KEYS } from '../../src/model/record.js';
import { REQUEST_KEYS } from '../../src/model/request.js';
import { cli, tempDir } from '../helpers/archive.js';
import { addFlags } from '../helpers/add-flags.js';

describe('editor support: xwgk schema and what init writes', () => {
  it('xwgk schema prints a draft-7 JSON Schema with every record key, the catalog ids and bilingual descriptions', async () => {
    const r = await cli(['schema'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual([...RECORD_KEYS]);
    expect(schema.required).toEqual(['id', 'title', 'category', 'content', 'time', 'form', 'audience', 'responsible']);
    expect(schema.properties.category.enum).toContain('finance');
    expect(schema.properties.category.description).toBe('公开类别（目录中的编号）/ Category id from the catalog');
    // a single value where a list is expected is valid, as the loader reads it
    expect(schema.properties.form.anyOf.map((s: { type: string }) => s.type)).toEqual(['string', 'array']);
    expect(schema.properties.audience.anyOf[1].items.enum).toEqual(['staff', 'students', 'parents', 'public']);
  });

  it("xwgk schema request prints the request schema: every key, the register's words, no applicant name", async () => {
    const r = await cli(['schema', 'request'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.properties)).toEqual([...REQUEST_KEYS]);
    expect(schema.required).toEqual(['id', 'received', 'channel', 'applicant', 'asked']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.channel.enum).toEqual(['in-person', 'post', 'online', 'fax', 'other']);
    expect(schema.properties.applicant.enum).toEqual(['person', 'business', 'research', 'nonprofit', 'legal', 'other-org']);
    expect(schema.properties.answer.properties.outcome.enum).toEqual([
      'disclosed',
      'partial',
      'withheld',
      'unavailable',
      'not-processed',
      'other',
    ]);
    expect(schema.properties.applicant.description).toMatch(/^申请人类型/);
    expect((await cli(['schema', 'requests'], { cwd: tempDir() })).code).toBe(2);
  });

  it('init writes schema/record.json and maps it to records/**/*.yaml for yaml-language-server in VS Code', async () => {
    const dir = tempDir();
    const r = await cli(['init', dir, '--school', '测试小学']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(readFileSync(join(dir, 'schema', 'record.json'), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'));
    expect(settings).toEqual({
      'yaml.schemas': { './schema/record.json': 'records/**/*.yaml', './schema/request.json': 'requests/**/*.yaml' },
    });
  });

  it('every written record names the schema on its first line, relative to the file', async () => {
    const dir = tempDir();
    await cli(['init', dir, '--school', '测试小学']);
    const r = await cli(
      [
        '--archive',
        dir,
        ...addFlags({ category: 'finance', title: '9月财务', content: '明细', time: '2025-10-10', responsible: '王建国' }),
      ],
      { env: { XWGK_TODAY: '2025-10-10' } },
    );
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'records', '2025', '20251010-001.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/record.json');
  });
});
