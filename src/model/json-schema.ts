/**
 * The record's JSON Schema (draft-7, as yaml-language-server reads it), generated from the zod model
 * for the archive's catalog, so editors complete the valid ids and flag bad values as you type.
 */
import { z } from 'zod';
import type { Catalog } from './catalog.js';
import { LIST_KEYS, type RecordKey } from './record.js';
import { recordSchemaFor } from './validate.js';

/** What each key means, in both languages, shown by editors on hover. */
export const KEY_DESCRIPTIONS: Record<RecordKey, string> = {
  id: '编号 YYYYMMDD-NNN，与文件名一致 / Id: the disclosure date and a number; equals the file name',
  title: '公开事项 / What was disclosed, in one line',
  category: '公开类别（目录中的编号）/ Category id from the catalog',
  content: '公开内容 / What was made public',
  time: '公开时间 YYYY-MM-DD / When it was made public',
  until: '公示截止 YYYY-MM-DD / End of the display period',
  term: '所属学期 YYYY-YYYY-N / The term it belongs to',
  period: '所属月份 YYYY-MM（月度类别）/ The month a monthly disclosure reports on',
  form: '公开形式 / Channels',
  audience: '公开范围 / Who it was for',
  timing: '公开时段：事前 before、事中 during、事后 after / Disclosed before, during or after the matter',
  decided: '决策/发生日期 / When the matter was decided or happened',
  basis: '依据/批准文号 / Basis or approval number',
  amount: '金额（元）/ Amount in yuan',
  responsible: '责任人 / Responsible person',
  handler: '经办人 / Handled by',
  review: '领导小组审核 {by, on} / Passed by the leading group',
  supervision: '监督小组认可 {by, on} / Approved by the supervision group',
  explanation: '解释说明 / Explanation',
  attachments: '附件 {path, sha256, note} / Evidence files inside the archive',
  feedback: '意见反馈 / Opinions received and the answers',
  status: '状态：published 已公开、withdrawn 已撤回 / Status',
  withdrawn: '撤回 {on, reason} / When and why it was withdrawn',
  tags: '标签 / Tags',
  source: '导入来源 {file, row} / Where an imported record came from',
};

export function recordJsonSchema(catalog: Catalog): Record<string, unknown> {
  const schema = z.toJSONSchema(recordSchemaFor(catalog), { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  > & {
    properties: Record<string, Record<string, unknown>>;
  };
  for (const [key, prop] of Object.entries(schema.properties)) {
    prop.description = KEY_DESCRIPTIONS[key as RecordKey];
    if ((LIST_KEYS as readonly string[]).includes(key)) {
      const items = prop.items as Record<string, unknown>;
      schema.properties[key] = { description: prop.description, anyOf: [items, { ...prop, description: undefined }] };
    }
  }
  schema.title = 'xwgk 校务公开记录 / disclosure record';
  return schema;
}
