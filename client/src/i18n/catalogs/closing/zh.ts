import type { ClosingCatalog } from './en.ts';

export const closingZh: ClosingCatalog = {
  'closing.title': '达成协议',
  'closing.provisional': '在一切商定之前，什么都不算商定：在整个文本通过之前，已商定的条款仍是临时的。',
  'closing.provisionalBadge': '（临时）',
  'closing.propose': '提议通过整个文本',
  'closing.proposed': '已提议通过整个文本。目前已接受：{accepted}。',
  'closing.none': '尚无',
  'closing.acceptedBy':
    '{party}{adReferendum, select, yes {（待政府确认{confirmed, select, yes {，已由政府确认} other {}}）} other {}}',
  'closing.accept': '代表{party}接受',
  'closing.acceptAdReferendum': '接受（待政府确认）',
  'closing.confirm': '代表政府确认（{party}）',
  'closing.adopted':
    '文本已通过：整个文本于{date}{underSilence, select, yes {经默许程序} other {}}通过。接受方：{accepted}。',
  'closing.digest': '已通过文本的 SHA-256：{digest}',
  'closing.initials': '草签方：{initials}',
  'closing.initialled': '{name}（{party}）',
  'closing.initial': '代表{party}草签已通过的文本',
  'closing.silence.running': '默许程序：{what}在{time}之前只能阅读。',
  'closing.silence.whole': '整个文本',
  'closing.silence.clauses': '{count, plural, other {第 {list} 条}}',
  'closing.silence.left': '默许程序剩余时间',
  'closing.silence.break': '打破沉默',
  'closing.silence.explanation': '贵方打破沉默的理由（所有参与者都会看到）',
  'closing.silence.send': '立即打破沉默',
  'closing.silence.broken': '{name}{hasParty, select, yes {（{party}）} other {}}打破了沉默：“{explanation}”',
  'closing.silence.kept': '默许程序已保持至期限届满。',
  'closing.silence.minutes': '默许分钟数',
  'closing.silence.choose': '选择条款（不选则为整个文本）',
  'closing.silence.startChosen': '{count, plural, other {将 # 个条款置于默许程序之下}}',
  'closing.silence.start': '将整个文本置于默许程序之下',
};
