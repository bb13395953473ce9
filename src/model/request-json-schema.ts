/**
 * The request's JSON Schema (draft-7, as yaml-language-server reads it), generated from the zod model,
 * with what each key means in both languages, so editors complete the register's words as you type.
 */
import { z } from 'zod';
import { requestSchema, type RequestKey } from './request.js';

export const REQUEST_KEY_DESCRIPTIONS: Record<RequestKey, string> = {
  id: '申请编号 RYYYYMMDD-NNN，与文件名一致 / Request id: R, the date received and a number; equals the file name',
  received: '收到申请的日期 YYYY-MM-DD / Date received (the 20 working days count from the next day)',
  channel: '申请渠道：in-person 当面、post 邮寄、online 网络、fax 传真、other 其他 / How the request came',
  applicant:
    '申请人类型：person 自然人、business 商业企业、research 科研机构、nonprofit 社会公益组织、legal 法律服务机构、other-org 其他组织（不记姓名）/ Applicant type (never a name)',
  asked: '申请公开的内容 / The information asked for',
  handler: '经办人 / Handled by (school staff)',
  extensions: '延长答复期限 {on, reason}，最多一次 / Extension of the time to answer (once at most)',
  answer: '答复 {outcome, reason, on, note, records} / The answer: outcome, reason where needed, date, note, records published',
  review: '行政复议 {filed, result, decided} / Administrative review and its result',
  litigation: '行政诉讼 {filed, result, decided, after_review} / Lawsuit and its result',
  tags: '标签 / Tags',
};

export function requestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(requestSchema(), { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & {
    properties: Record<string, Record<string, unknown>>;
  };
  for (const [key, prop] of Object.entries(schema.properties)) prop.description = REQUEST_KEY_DESCRIPTIONS[key as RequestKey];
  schema.title = 'xwgk 信息公开申请 / request for information';
  return schema;
}
