/** Messages of the named checks: each check's rule and why (for `check --list`), findings and hints. */
export const zh = {
  'check.completeness.rule': '每个必查类别按频次（每月、每学期、每学年）在每个已到截止日期的时期都有公开',
  'check.completeness.why': '公开是要害：该公开的没有公开，其他做得再好也不算数（月月清、教代会每年一次）',
  'check.completeness.missing': '{period} 没有“{categoryLabel}”的公开记录（截止 {due}）',
  'hint.completeness.monthly': '已公开的请补登：xwgk add --category {category} --period {period}；尚未公开的请尽快公开',
  'hint.completeness.term': '已公开的请补登：xwgk add --category {category} --term {period}；尚未公开的请尽快公开',
  'hint.completeness.year': '已公开的请补登：xwgk add --category {category}（{period} 学年）；尚未公开的请尽快公开',

  'check.timeliness.rule':
    '随时公开的事项在决策后规定的工作日内公开；须事前公开的不在事后公开；事前事后两次公开都有；公示期够长；定期公开不过截止日期',
  'check.timeliness.why': '过时的公开失去监督作用：收费须先公示后收取（应公示而未公示的，不得收费），信息形成后 20 个工作日内公开',
  'check.timeliness.not-before-after': '“{categoryLabel}”须事前公开，此记录却标为事后公开',
  'check.timeliness.not-before-during': '“{categoryLabel}”须事前公开，此记录却标为事中公开',
  'check.timeliness.late': '公开时间 {time} 距决策日期 {decided} 已 {days} 个工作日，超过规定的 {limit} 个（最迟 {deadline}）',
  'check.timeliness.overdue': '{period} 的“{categoryLabel}”于 {time} 公开，晚于截止日期 {deadline}',
  'check.timeliness.missing-before': '“{categoryLabel}”须事前、事后各公开一次：此事后公开（标签 {tags}）没有对应的事前公开',
  'check.timeliness.missing-after':
    '“{categoryLabel}”须事前、事后各公开一次：此事前公开（标签 {tags}）的事后公开应于 {due} 前完成，至今没有',
  'check.timeliness.short-notice': '“{categoryLabel}”的公示期须不少于 {required} 个工作日，{time} 至 {until} 只有 {days} 个',
  'hint.timeliness.not-before':
    '若确为事后补公开，请在“解释说明”中写明原因；若公开时段填错：xwgk amend {id} --set timing=事前 --reason "更正公开时段"',
  'hint.timeliness.late': '核对公开时间和决策日期；若确有延误，请在“解释说明”中写明原因',
  'hint.timeliness.overdue': '按时公开下一期；若此记录其实属于别的时期，在“所属月份”或“所属学期”中注明（{id}）',
  'hint.timeliness.pair': '补登另一半（公开时段：{other}），并给两条记录加上相同的标签，以便对应',
  'hint.timeliness.short-notice': '公示应至少到 {earliest}；核对公示截止日期，或延长公示后更正记录 {id}',

  'check.approvals.rule': '目录要求的领导小组审核和监督小组认可都有，且日期不晚于公开时间',
  'check.approvals.why': '先审核、后认可、再公开：财务和收费事项须经领导小组讨论通过、监督小组认可后才能公开',
  'check.approvals.missing-review': '“{categoryLabel}”须经领导小组审核，此记录没有审核记录',
  'check.approvals.missing-supervision': '“{categoryLabel}”须经监督小组认可，此记录没有认可记录',
  'check.approvals.late-review': '领导小组审核日期 {on} 晚于公开时间 {time}',
  'check.approvals.late-supervision': '监督小组认可日期 {on} 晚于公开时间 {time}',
  'hint.approvals.missing-review':
    '已审核的请补记（审核日期不晚于 {time}）：xwgk amend {id} --set review.by=校务公开领导小组 --set review.on={time} --reason "补记领导小组审核"',
  'hint.approvals.missing-supervision':
    '已认可的请补记（认可日期不晚于 {time}）：xwgk amend {id} --set supervision.by=校务公开监督小组 --set supervision.on={time} --reason "补记监督小组认可"',
  'hint.approvals.late': '核对日期；若确为公开后才审核或认可，请在“解释说明”中写明，今后先审核认可再公开',

  'check.feedback.rule': '每条意见在收到后规定的天数内答复（xwgk.yaml 的 feedback_days，默认 15 天），答复日期不早于收到日期',
  'check.feedback.why': '监督是实质：群众的意见要有回音，及时答复才能取信于教职工和家长',
  'check.feedback.overdue': '第 {n} 条意见于 {received} 收到，已 {days} 天未答复（限 {limit} 天，应于 {deadline} 前答复）',
  'check.feedback.open': '第 {n} 条意见于 {received} 收到，尚未答复，还有 {left} 天（{deadline} 前）',
  'check.feedback.late': '第 {n} 条意见于 {received} 收到，{responded} 才答复，用了 {days} 天（限 {limit} 天）',
  'check.feedback.answer-before-opinion': '第 {n} 条意见的答复日期 {responded} 早于收到日期 {received}',
  'hint.feedback.respond': '登记答复：xwgk feedback respond {id} {n} --response 答复内容',
  'hint.feedback.dates': '核对第 {n} 条意见的收到日期和答复日期，在编辑器中改正后运行 xwgk amend {id} --reason "更正意见日期"',
  'hint.feedback.late': '今后在 {limit} 天内答复；确有原因的，可在答复中说明',

  'check.attachments.rule': '每个附件都在档案目录之内（包括链接指向），文件存在，且与记录的 SHA-256 一致',
  'check.attachments.why': '附件是公开的凭证（公开栏照片、通知扫描件），丢失或被改动就无从查证',
  'check.attachments.outside': '附件 {path} 指向档案目录之外',
  'check.attachments.missing': '附件 {path} 不存在',
  'check.attachments.not-file': '附件 {path} 不是文件',
  'check.attachments.unreadable': '无法读取附件 {path}（{detail}）',
  'check.attachments.hash': '附件 {path} 的内容与记录的哈希不一致（记录 {expected}，实际 {actual}）',
  'hint.attachments.outside': '把文件复制到档案的 attachments/ 目录中，并改正路径',
  'hint.attachments.missing': '找回文件放到 {path}，或改正记录 {id} 中的路径',
  'hint.attachments.not-file': '路径应指向一个文件，而不是目录或设备',
  'hint.attachments.unreadable': '检查文件权限，或关闭占用该文件的程序后重试',
  'hint.attachments.hash': '附件登记后被改动或替换：找回原件；若确需更换：xwgk amend {id} --attach 新文件 --reason "更换附件的原因"',

  'check.privacy.rule': '记录的任何文字（含意见和答复）中都没有身份证号、手机号或银行卡号',
  'check.privacy.why': '公开不能泄露个人信息，学生资助名单尤其如此（教财厅函〔2017〕28号：只公示姓名、学校、年级、班级）',
  'check.privacy.id-number': '“{fieldLabel}”中有身份证号 {masked}',
  'check.privacy.mobile': '“{fieldLabel}”中有手机号 {masked}',
  'check.privacy.bank-card': '“{fieldLabel}”中有银行卡号 {masked}',
  'hint.privacy': '在编辑器中删去号码，再运行 xwgk amend {id} --reason "删去个人号码"；已张贴的，请同时撤下或遮盖公开栏上的号码',
  'hint.privacy.student-aid':
    '学生资助公示只能列姓名、学校、年级、班级：在编辑器中删去号码，再运行 xwgk amend {id} --reason "删去个人号码"，并撤下或遮盖已张贴的名单',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'check.completeness.rule':
    'every required category is disclosed at its frequency (monthly, each term, each school year) in every period whose due date has passed',
  'check.completeness.why':
    'disclosure is the point: a required item left undisclosed outweighs everything done well (monthly accounts, a staff congress every year)',
  'check.completeness.missing': 'no disclosure of "{categoryLabel}" for {period} (due {due})',
  'hint.completeness.monthly': 'if it was disclosed, log it: xwgk add --category {category} --period {period}; if not, disclose it now',
  'hint.completeness.term': 'if it was disclosed, log it: xwgk add --category {category} --term {period}; if not, disclose it now',
  'hint.completeness.year': 'if it was disclosed, log it: xwgk add --category {category} (school year {period}); if not, disclose it now',

  'check.timeliness.rule':
    'event matters within their working days of the decision; what must come before the matter not after it; both halves of a before-and-after matter; notice periods long enough; recurring disclosures by their due date',
  'check.timeliness.why':
    'a late disclosure supervises nothing: fees are posted before they are charged, and information is disclosed within 20 working days of being formed',
  'check.timeliness.not-before-after': '"{categoryLabel}" must be disclosed before the matter, but this record says after (timing: after)',
  'check.timeliness.not-before-during':
    '"{categoryLabel}" must be disclosed before the matter, but this record says during (timing: during)',
  'check.timeliness.late':
    'disclosed on {time}, {days} {days|working day|working days} after the decision on {decided}; the limit is {limit} (by {deadline})',
  'check.timeliness.overdue': '"{categoryLabel}" for {period} was disclosed on {time}, after its due date {deadline}',
  'check.timeliness.missing-before':
    '"{categoryLabel}" is disclosed before and after the matter: this after-disclosure (tags {tags}) has no before-disclosure',
  'check.timeliness.missing-after':
    '"{categoryLabel}" is disclosed before and after the matter: the after-disclosure of this one (tags {tags}) was due by {due} and is missing',
  'check.timeliness.short-notice':
    'a "{categoryLabel}" notice must stay up at least {required} {required|working day|working days}; {time} to {until} is {days}',
  'hint.timeliness.not-before':
    'if it really was disclosed afterwards, say why in explanation; if the timing is wrong: xwgk amend {id} --set timing=before --reason "correct the timing"',
  'hint.timeliness.late': 'check time and decided; if it really was late, say why in explanation',
  'hint.timeliness.overdue': 'disclose the next one on time; if this record belongs to another period, say so with period or term ({id})',
  'hint.timeliness.pair': 'log the other half (timing: {other}) and give both records the same tag so they are tied',
  'hint.timeliness.short-notice':
    'the notice should stay up until {earliest} at least; check until, or extend the notice and correct record {id}',

  'check.approvals.rule':
    'the leading group review and the supervision group approval are there where the catalog requires them, dated on or before the disclosure',
  'check.approvals.why':
    'reviewed, then approved, then posted: money matters are passed by the leading group and approved by the supervision group before they go up',
  'check.approvals.missing-review': '"{categoryLabel}" must be passed by the leading group; this record has no review',
  'check.approvals.missing-supervision': '"{categoryLabel}" must be approved by the supervision group; this record has no supervision',
  'check.approvals.late-review': 'the review is dated {on}, after the disclosure on {time}',
  'check.approvals.late-supervision': 'the supervision approval is dated {on}, after the disclosure on {time}',
  'hint.approvals.missing-review':
    'if it was passed (on a date no later than {time}), record it: xwgk amend {id} --set review.by="Disclosure leading group" --set review.on={time} --reason "record the review"',
  'hint.approvals.missing-supervision':
    'if it was approved (on a date no later than {time}), record it: xwgk amend {id} --set supervision.by="Disclosure supervision group" --set supervision.on={time} --reason "record the approval"',
  'hint.approvals.late':
    'check the dates; if it really was approved after posting, say so in explanation, and approve before posting from now on',

  'check.feedback.rule':
    'every opinion is answered within feedback_days days of being received (15 by default), and no answer is dated before its opinion',
  'check.feedback.why':
    'supervision is the substance: opinions need an answer, and a timely one, for staff and parents to trust the disclosure',
  'check.feedback.overdue':
    'opinion {n}, received {received}, has gone {days} {days|day|days} without an answer (limit {limit} {limit|day|days}, due by {deadline})',
  'check.feedback.open': 'opinion {n}, received {received}, is not answered yet; {left} {left|day|days} left (by {deadline})',
  'check.feedback.late': 'opinion {n}, received {received}, was answered on {responded}, after {days} {days|day|days} (limit {limit})',
  'check.feedback.answer-before-opinion': 'the answer to opinion {n} is dated {responded}, before the opinion was received on {received}',
  'hint.feedback.respond': 'log the answer: xwgk feedback respond {id} {n} --response TEXT',
  'hint.feedback.dates':
    'check received and responded of opinion {n}; correct them in an editor, then run xwgk amend {id} --reason "correct the opinion dates"',
  'hint.feedback.late': 'answer within {limit} {limit|day|days} from now on; where there was a reason, say it in the answer',

  'check.attachments.rule': 'every attachment is inside the archive (links followed), exists, and matches the SHA-256 in the record',
  'check.attachments.why':
    'attachments are the evidence (a photo of the board, the scanned notice): lost or changed, nothing can be verified',
  'check.attachments.outside': 'the attachment {path} points outside the archive',
  'check.attachments.missing': 'the attachment {path} does not exist',
  'check.attachments.not-file': 'the attachment {path} is not a file',
  'check.attachments.unreadable': 'cannot read the attachment {path} ({detail})',
  'check.attachments.hash': 'the attachment {path} does not match its hash (recorded {expected}, found {actual})',
  'hint.attachments.outside': 'copy the file into the archive under attachments/ and correct the path',
  'hint.attachments.missing': 'put the file back at {path}, or correct the path in record {id}',
  'hint.attachments.not-file': 'the path must name a file, not a folder or a device',
  'hint.attachments.unreadable': 'check the file permissions, or close the program that holds the file and try again',
  'hint.attachments.hash':
    'the attachment was changed or replaced after it was logged: restore the original; if it must be replaced: xwgk amend {id} --attach NEW-FILE --reason "why it was replaced"',

  'check.privacy.rule': 'no resident ID, mobile or bank-card number anywhere in the text of a record, opinions and answers included',
  'check.privacy.why': 'disclosure must not expose personal data, student-aid lists above all (name, school, grade and class only)',
  'check.privacy.id-number': '{fieldLabel} holds a resident ID number {masked}',
  'check.privacy.mobile': '{fieldLabel} holds a mobile number {masked}',
  'check.privacy.bank-card': '{fieldLabel} holds a bank-card number {masked}',
  'hint.privacy':
    'remove the number in an editor, then run xwgk amend {id} --reason "remove personal numbers"; if it was posted, take it down or cover it on the board too',
  'hint.privacy.student-aid':
    'student-aid lists show name, school, grade and class only: remove the number in an editor, then run xwgk amend {id} --reason "remove personal numbers", and take down or cover the posted list',
};
