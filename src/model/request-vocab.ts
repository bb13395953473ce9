/**
 * The words of the request register (依申请公开), as ids with their Chinese and English labels, in the
 * order of the national annual-report table (国办公开办函〔2021〕30号): how a request came in, who
 * asked, what the answer was, and — for an answer that gives nothing or not everything — why. Typed
 * words are read by the one vocabulary reader (model/vocabulary.ts), with the aliases given here.
 */
import { normalizeAmong, type Normalized } from './vocabulary.js';

export interface Word {
  id: string;
  zh: string;
  en: string;
  /** Other words people use for it (`律所` for 法律服务机构, `第三方` for 保护第三方合法权益). */
  aliases: readonly string[];
}

const w = (id: string, zh: string, en: string, aliases: readonly string[] = []): Word => ({ id, zh, en, aliases });

/** 申请渠道 (条例 art. 29: 当面, 邮寄, 网络, 传真, 其他). */
export const REQUEST_CHANNELS: readonly Word[] = [
  w('in-person', '当面', 'in person', ['当面提交', '现场']),
  w('post', '邮寄', 'by post', ['信函', '邮政', 'mail']),
  w('online', '网络', 'online', ['网上', '网站', '电子邮件', 'email', 'e-mail']),
  w('fax', '传真', 'by fax'),
  w('other', '其他', 'other'),
];

/** 申请人情况: 自然人, then the five kinds of 法人或其他组织, as the table's columns. */
export const APPLICANT_TYPES: readonly Word[] = [
  w('person', '自然人', 'natural person', ['个人', '公民', 'person']),
  w('business', '商业企业', 'business', ['企业', '公司']),
  w('research', '科研机构', 'research institution', ['科研', '高校课题组']),
  w('nonprofit', '社会公益组织', 'non-profit organisation', ['公益组织', '社会组织']),
  w('legal', '法律服务机构', 'legal services', ['律师事务所', '律所', '律师']),
  w('other-org', '其他组织', 'other organisation'),
];

/** 办理结果, the table's rows (三、(一)–(六)). */
export const OUTCOMES: readonly Word[] = [
  w('disclosed', '予以公开', 'disclosed', ['公开', '全部公开']),
  w('partial', '部分公开', 'partly disclosed', ['部分']),
  w('withheld', '不予公开', 'not disclosed', ['不公开']),
  w('unavailable', '无法提供', 'cannot be provided'),
  w('not-processed', '不予处理', 'not processed', ['不处理']),
  w('other', '其他处理', 'otherwise handled'),
];

export type OutcomeId = 'disclosed' | 'partial' | 'withheld' | 'unavailable' | 'not-processed' | 'other';

/** The reasons the table counts under each outcome that needs one. 部分公开 takes one of 不予公开's. */
export const REASONS: Readonly<Record<'withheld' | 'unavailable' | 'not-processed' | 'other', readonly Word[]>> = {
  withheld: [
    w('state-secret', '属于国家秘密', 'a state secret', ['国家秘密', '涉密']),
    w('prohibited', '其他法律行政法规禁止公开', 'barred by another law or regulation'),
    w('security', '危及“三安全一稳定”', 'endangers security or stability', ['三安全一稳定']),
    w('third-party', '保护第三方合法权益', "protects a third party's lawful rights", ['第三方', '第三方权益', '个人隐私', '隐私']),
    w('internal', '属于三类内部事务信息', 'internal-affairs information', ['内部事务']),
    w('process', '属于四类过程性信息', 'information still in process', ['过程性信息']),
    w('enforcement', '属于行政执法案卷', 'an enforcement case file', ['执法案卷']),
    w('inquiry', '属于行政查询事项', 'a matter for administrative inquiry', ['行政查询']),
  ],
  unavailable: [
    w('not-held', '本机关不掌握相关信息', 'the school does not hold it', ['不掌握', '本校不掌握']),
    w('needs-making', '没有现成信息需要另行制作', 'it would have to be made', ['另行制作', '需要另行制作']),
    w('unclear', '补正后申请内容仍不明确', 'still unclear after correction', ['不明确']),
  ],
  'not-processed': [
    w('petition', '信访举报投诉类申请', 'a petition or complaint', ['信访', '投诉', '举报']),
    w('repeat', '重复申请', 'a repeated request'),
    w('publication', '要求提供公开出版物', 'asks for a publication', ['出版物']),
    w('mass', '无正当理由大量反复申请', 'mass repeated requests without cause', ['大量反复申请']),
    w('confirm', '要求确认或重新出具已获取信息', 'asks to confirm or re-issue information already obtained', ['确认', '重新出具']),
  ],
  other: [
    w('no-correction', '申请人逾期不补正', 'the applicant did not correct the request in time', ['逾期不补正', '不补正']),
    w('no-fee', '申请人逾期未缴纳费用', 'the applicant did not pay the fee in time', ['逾期未缴费', '未缴费']),
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
  w('upheld', '结果维持', 'upheld', ['维持']),
  w('corrected', '结果纠正', 'corrected', ['纠正', '撤销']),
  w('other', '其他结果', 'other result'),
  w('pending', '尚未审结', 'not yet decided', ['未审结', '审理中']),
];

export const ids = (list: readonly Word[]) => list.map((x) => x.id) as [string, ...string[]];

/** A word's label in a language, or the id itself when it is not one of the list. */
export function wordLabel(list: readonly Word[], id: string, lang: 'zh-CN' | 'en'): string {
  const found = list.find((x) => x.id === id);
  return found ? (lang === 'zh-CN' ? found.zh : found.en) : id;
}

/**
 * What a person wrote, read as one of the words of `list` by the one vocabulary reader (SPEC "One
 * vocabulary": the id, the Chinese or English label, an alias, a unique prefix of a label), or why not.
 */
export function readWord(list: readonly Word[], value: string): Normalized {
  return normalizeAmong(
    list.map((x) => ({ id: x.id, label: { 'zh-CN': x.zh, en: x.en }, aliases: x.aliases })),
    value,
  );
}

/** The id a person means, or undefined when the word is unknown or names more than one. */
export function resolveWord(list: readonly Word[], value: string): string | undefined {
  const r = readWord(list, value);
  return r.ok ? r.id : undefined;
}
