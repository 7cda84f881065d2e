import type { VersionsCatalog } from './en.ts';

export const versionsZh: VersionsCatalog = {
  'versions.column.label': '并排对照',
  'versions.column.none': '不显示第二种语言',
  'versions.column.original': '{language}（原文）',
  'versions.column.version': '{language}文本',
  'versions.column.authentic': '作准文本',
  'versions.column.convenience': '仅供参考的译本',
  'versions.role.name': '语文服务',
  'versions.role.hint': '您以语文服务身份工作：在第二栏撰写各语言文本，并与{source}文本核对一致。原文对您为只读。',
  'versions.role.oneLanguage': '本次会议只有一种语言：目前没有需要撰写的语言文本。',

  'versions.heading.label': '第 {number} 条的标题（{language}）',
  'versions.heading.placeholder': '标题（可选）',
  'versions.body.label': '第 {number} 条的案文（{language}）',
  'versions.option.label': '第 {number} 条的备选案文 {index}（{language}）',
  'versions.option.title': '备选案文 {index}',
  'versions.notReady': '本条的{language}文本尚不存在：服务器稍后即会创建。',

  'versions.state.aligned': '已与{source}文本核对一致，时间 {time}，核对人 {name}',
  'versions.state.nothingYet': '暂无需要翻译的内容',
  'versions.state.stale': '已过时：{source}文本在 {time} 核对后有改动',
  'versions.state.staleVersion': '已过时：本文本在 {time} 核对后有改动',
  'versions.state.diffLabel': '核对后{source}文本的改动',
  'versions.state.missingEmpty': '缺失：本文本尚无内容',
  'versions.state.missingUnaligned': '缺失：从未与{source}文本核对',
  'versions.state.blocks': '本文本核对一致之前，不能签认或商定。',

  'versions.brackets.label': '原文中的方括号：',
  'versions.brackets.apply': '按“{words}”加方括号（{holder}）',
  'versions.brackets.lift': '去掉方括号',
  'versions.brackets.selectFirst': '请先在本文本中选中译出的词语。',

  'versions.align.button': '核对一致',
  'versions.align.label': '将第 {number} 条的{language}文本与{source}文本核对一致',
  'versions.align.refused': '未能核对：{reason}',

  'versions.signOff.blocked': '以下语言文本核对一致之前不能签认：{languages}。',
};
