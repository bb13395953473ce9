/**
 * The words of the request register (依申请公开), as ids with their Chinese and English labels, in the
 * order of the national annual-report table (国办公开办函〔2021〕30号): how a request came in, who
 * asked, what the answer was, and — for an answer that gives nothing or not everything — why.
 */

export interface Word {
  id: string;
  zh: string;
  en: string;
}

const w = (id: string, zh: string, en: string): Word => ({ id, zh, en });

/** 申请渠道 (条例 art. 29: 当面, 邮寄, 网络, 传真, 其他). */
export const REQUEST_CHANNELS: readonly Word[] = [
  w('in-person', '当面', 'in person'),
  w('post', '邮寄', 'by post'),
  w('online', '网络', 'online'),
  w('fax', '传真', 'by fax'),
  w('other', '其他', 'other'),
];

/** 申请人情况: 自然人, then the five kinds of 法人或其他组织, as the table's columns. */
export const APPLICANT_TYPES: readonly Word[] = [
  w('person', '自然人', 'natural person'),
  w('business', '商业企业', 'business'),
  w('research', '科研机构', 'research institution'),
  w('nonprofit', '社会公益组织', 'non-profit organisation'),
  w('legal', '法律服务机构', 'legal services'),
  w('other-org', '其他组织', 'other organisation'),
];

/** 办理结果, the table's rows (三、(一)–(六)). */
export const OUTCOMES: readonly Word[] = [
  w('disclosed', '予以公开', 'disclosed'),
  w('partial', '部分公开', 'partly disclosed'),
  w('withheld', '不予公开', 'not disclosed'),
  w('unavailable', '无法提供', 'cannot be provided'),
  w('not-processed', '不予处理', 'not processed'),
  w('other', '其他处理', 'otherwise handled'),
];

export type OutcomeId = 'disclosed' | 'partial' | 'withheld' | 'unavailable' | 'not-processed' | 'other';

/** The reasons the table counts under each outcome that needs one. 部分公开 takes one of 不予公开's. */
export const REASONS: Readonly<Record<'withheld' | 'unavailable' | 'not-processed' | 'other', readonly Word[]>> = {
  withheld: [
    w('state-secret', '属于国家秘密', 'a state secret'),
    w('prohibited', '其他法律行政法规禁止公开', 'barred by another law or regulation'),
    w('security', '危及“三安全一稳定”', 'endangers security or stability'),
    w('third-party', '保护第三方合法权益', "protects a third party's lawful rights"),
    w('internal', '属于三类内部事务信息', 'internal-affairs information'),
    w('process', '属于四类过程性信息', 'information still in process'),
    w('enforcement', '属于行政执法案卷', 'an enforcement case file'),
    w('inquiry', '属于行政查询事项', 'a matter for administrative inquiry'),
  ],
  unavailable: [
    w('not-held', '本机关不掌握相关信息', 'the school does not hold it'),
    w('needs-making', '没有现成信息需要另行制作', 'it would have to be made'),
    w('unclear', '补正后申请内容仍不明确', 'still unclear after correction'),
  ],
  'not-processed': [
    w('petition', '信访举报投诉类申请', 'a petition or complaint'),
    w('repeat', '重复申请', 'a repeated request'),
    w('publication', '要求提供公开出版物', 'asks for a publication'),
    w('mass', '无正当理由大量反复申请', 'mass repeated requests without cause'),
    w('confirm', '要求确认或重新出具已获取信息', 'asks to confirm or re-issue information already had'),
  ],
  other: [
    w('no-correction', '申请人逾期不补正', 'the applicant did not correct the request in time'),
    w('no-fee', '申请人逾期未缴纳费用', 'the applicant did not pay the fee in time'),
    w('other', '其他', 'other'),
  ],
};

/** The outcomes whose answer must give a reason, and the list it is taken from. */
export function reasonsFor(outcome: string): readonly Word[] | undefined {
  if (outcome === 'partial') return REASONS.withheld;
  return (REASONS as Record<string, readonly Word[]>)[outcome];
}

/** 行政复议 / 行政诉讼 results, the columns of the table's part four. */
export const APPEAL_RESULTS: readonly Word[] = [
  w('upheld', '结果维持', 'upheld'),
  w('corrected', '结果纠正', 'corrected'),
  w('other', '其他结果', 'other result'),
  w('pending', '尚未审结', 'not yet decided'),
];

export const ids = (list: readonly Word[]) => list.map((x) => x.id) as [string, ...string[]];

/** A word's label in a language, or the id itself when it is not one of the list. */
export function wordLabel(list: readonly Word[], id: string, lang: 'zh-CN' | 'en'): string {
  const found = list.find((x) => x.id === id);
  return found ? (lang === 'zh-CN' ? found.zh : found.en) : id;
}

/**
 * The id a person means: the id, the Chinese or English label, or a unique prefix of a label
 * (SPEC "One vocabulary"). Undefined when nothing or more than one matches. Kept in this one function
 * so the shared input normaliser can replace it.
 */
export function resolveWord(list: readonly Word[], value: string): string | undefined {
  const v = value.normalize('NFKC').trim();
  const lower = v.toLowerCase();
  if (!v) return undefined;
  const exact = list.find((x) => x.id === lower || x.zh === v || x.en.toLowerCase() === lower);
  if (exact) return exact.id;
  const prefix = list.filter((x) => x.zh.startsWith(v) || x.en.toLowerCase().startsWith(lower) || x.id.startsWith(lower));
  if (prefix.length === 1) return prefix[0]!.id;
  // A Chinese label is often named by its key words (第三方 for 保护第三方合法权益): a unique part of one will do.
  const part = prefix.length === 0 && /[\u4e00-\u9fff]/.test(v) ? list.filter((x) => x.zh.includes(v)) : [];
  return part.length === 1 ? part[0]!.id : undefined;
}
