/**
 * The table of issue 11 part 3: for each kind, spellings people write and the id they mean, and words
 * that are unknown or ambiguous. Run through the normaliser itself and through every input path.
 */
import type { VocabKind } from '../../src/model/vocabulary.js';

export const ACCEPTED: Record<VocabKind | 'date', [string, string][]> = {
  category: [
    ['finance', 'finance'],
    ['财务收支', 'finance'],
    ['Income and spending', 'finance'],
    ['财务', 'finance'],
    ['财务公开', 'finance'],
    ['income', 'finance'],
    ['其他', 'other'],
    ['收费', 'fees'],
    ['招生', 'enrollment'],
  ],
  form: [
    ['board', 'board'],
    ['校务公开栏', 'board'],
    ['公告栏', 'board'],
    ['网站', 'website'],
    ['告家长书', 'parent-letter'],
    ['ＢＯＡＲＤ', 'board'],
    ['School website', 'website'],
    ['教代会', 'congress'],
  ],
  audience: [
    ['staff', 'staff'],
    ['教职工', 'staff'],
    ['全体教职工', 'staff'],
    ['家长', 'parents'],
    ['The public', 'public'],
    ['社会', 'public'],
  ],
  timing: [
    ['after', 'after'],
    ['事后', 'after'],
    ['事前公开', 'before'],
    ['During', 'during'],
  ],
  channel: [
    ['hotline', 'hotline'],
    ['电话', 'hotline'],
    ['监督/举报电话', 'hotline'],
    ['举报电话', 'hotline'],
    ['意见箱', 'opinion-box'],
    ['Online message', 'online'],
  ],
  status: [
    ['published', 'published'],
    ['已公开', 'published'],
    ['撤回', 'withdrawn'],
  ],
  date: [
    ['2025-09-05', '2025-09-05'],
    ['2025-9-5', '2025-09-05'],
    ['2025/09/05', '2025-09-05'],
    ['2025/9/5', '2025-09-05'],
    ['2025.9.5', '2025-09-05'],
    ['2025年9月5日', '2025-09-05'],
    ['2025年9月5号', '2025-09-05'],
  ],
};

/** Words that are refused, the reason, and candidates (ids) that the refusal must name. */
export const REFUSED: Record<VocabKind | 'date', [string, 'unknown' | 'ambiguous', string[]][]> = {
  category: [
    ['xyz', 'unknown', ['finance', 'other']],
    ['教', 'ambiguous', ['congress', 'welfare']],
  ],
  form: [
    ['教职工', 'ambiguous', ['congress', 'staff-meeting']],
    ['飞鸽', 'unknown', ['board']],
  ],
  audience: [['外星人', 'unknown', ['staff', 'public']]],
  timing: [
    ['事', 'ambiguous', ['before', 'during', 'after']],
    ['later', 'unknown', ['after']],
  ],
  channel: [['信鸽', 'unknown', ['hotline']]],
  status: [['draft', 'unknown', ['published', 'withdrawn']]],
  date: [
    ['2025-02-30', 'unknown', []],
    ['2025/13/1', 'unknown', []],
    ['明天', 'unknown', []],
  ],
};
