import type { NoticesCatalog } from './en.ts';

export const noticesZh: NoticesCatalog = {
  'notice.person': '{name}（{seat}）',
  'notice.seat': '{role, select, mediator {调解人} observer {观察员} languageServices {语文事务} other {{party}}}',
  'notice.someDelegation': '某代表团',
  'notice.personGone': '一名已不在记录中的参与者',
  'notice.partyGone': '一个已不在本届会议中的当事方',
  'notice.server': '服务器',
  'notice.mediator': '调解人',
  'notice.clause': '{preamble, select, yes {序言段落 {number}} other {条款 {number}}}',
  'notice.clauseGone': '一个已被删除的条款',

  'notice.signOffsCleared':
    '{hasParties, select, yes {{parties}对{clause}的认可} other {对{clause}的认可}}已被撤销{cause, select, version {，因为{changedBy}修改了{language}文本} text {，因为{changedBy}修改了案文} other {}}。',
  'notice.clauseReopened': '{by}重新开放了{clause}{hasReason, select, yes {，理由是：“{reason}”} other {}}。',
  'notice.bracketLifted':
    '{by}移除了{clause}中{hasHolder, select, yes {{holder}持有的} other {}}{hasWords, select, yes {围绕“{words}”的} other {}}方括号{hasLabel, select, yes {“{label}”} other {}}{hasNote, select, yes {（{note}）} other {}}。',
  'notice.bracketGiven':
    '{by}将{clause}中{hasFrom, select, yes {{from}持有的} other {}}{hasWords, select, yes {围绕“{words}”的} other {}}{count, plural, one {方括号} other {# 处方括号}}交给了{to}。',
  'notice.floorGiven': '{by}将发言权给予{next, select, yes {下一位发言者{speaker}} other {{speaker}}}。',
  'notice.timeUp': '{speaker}的发言时间已到。',
  'notice.muted': '{by}将{participant}设为静音。',
  'notice.unmuted': '{by}取消了{participant}的静音。',
  'notice.oneText': '{by}{enabled, select, yes {启用了} other {停用了}}单一文本程序。',
  'notice.freeze': '{by}{frozen, select, yes {冻结了} other {解冻了}}案文。',
  'notice.textTabled':
    '{by}{origin, select, caucus {代表{originName}的核心小组} workingGroup {代表工作组“{originName}”} other {}}提交了草案{hasHeading, select, yes {“{heading}”} other {}}，{as, select, clause {作为新条款：{clause}} option {作为{clause}的备选案文} proposal {作为对{clause}的案文提案} other {提交全体会议}}。',
  'notice.suggestion':
    '{hasAuthor, select, yes {{author}提出的} other {}}{kind, select, deletion {删除“{words}”} other {插入“{words}”}}',
  'notice.suggestionsCounted':
    '{count, plural, =0 {{hasParty, select, yes {{party}的建议} other {这些建议}}} other {# 项建议}}',
  'notice.suggestionAccepted': '{by}接受了{clause}中的{what}。',
  'notice.suggestionRejected': '{by}拒绝了{clause}中的{what}。',
  'notice.wholeText': '整个文本',
  'notice.adoption':
    '{event, select, proposed {{by}提议通过整个文本} other {{by}{hasParty, select, yes {代表{party}} other {}}接受了文本{adReferendum, select, yes {（待政府确认）} other {}}{event, select, adopted {，文本已作为“{revision}”通过} other {}}}}。',
  'notice.silence':
    '{event, select, started {{by}将{what}置于默许程序之下{hasUntil, select, yes {，期限为{date} {time}（UTC）} other {}}} broken {{by}{hasParty, select, yes {代表{party}} other {}}打破了沉默{hasExplanation, select, yes {：“{explanation}”} other {}}} other {{what}的默许程序已保持至期限届满：{adopted, select, yes {文本已作为“{revision}”通过} other {{count, plural, other {已达成一致}}}}}}。',
};
