import type { RulesCatalog } from './en.ts';

export const rulesRu: RulesCatalog = {
  'rule.write.readOnlyForRole':
    '{role, select, mediator {Только чтение для посредников} delegate {Только чтение для делегаций} observer {Только чтение для наблюдателей} other {Только чтение для лингвистических служб}}',
  'rule.write.commandsOnly': 'Изменяется только командами ведения заседания',
  'rule.write.frozen': 'Заседание заморожено',
  'rule.write.muted': 'Посредник отключил вам микрофон',
  'rule.write.ownPartyStatementsOnly': 'Делегаты пишут только заявления своей стороны',
  'rule.write.notAClause': 'Это не пункт',
  'rule.write.notAVersion': 'Это не языковая версия',
  'rule.write.notASessionLanguage': '{language} не входит (больше) в число языков заседания',
  'rule.write.versionsFollowNegotiation':
    'Языковые версии следуют за языком переговоров: их пишут только лингвистические службы и посредник',
  'rule.write.originalNotForLanguageServices':
    'Текст на языке переговоров является оригиналом: лингвистические службы его не пишут',
  'rule.write.oneText': 'Режим единого текста: текст правит только посредник; делегации предлагают',
  'rule.write.noSuchClause': 'Такого пункта нет',
  'rule.write.locked': 'Пункт заблокирован',
  'rule.write.underSilence':
    'Текст находится под процедурой молчания: он доступен только для чтения, пока молчание не будет нарушено или не истечёт срок',
  'rule.write.wordingFrozen':
    'Пункт имеет статус «{status}»: его формулировка доступна всем только для чтения, пока посредник не откроет его вновь',
  'rule.write.wordingSettled': 'Пункт имеет статус «{status}»',

  'rule.action':
    '{transition, select, propose {сделать предложенным} markPlaceholder {сделать зарезервированным} signOff {одобрить} confirmSignOff {подтвердить одобрение} withdrawSignOff {отозвать одобрение} agreeWithoutObjection {объявить согласованным} adopt {принять} reopen {открыть вновь} other {снять}}',
  'rule.roles':
    '{role, select, mediator {посредникам} delegate {делегациям} observer {наблюдателям} other {лингвистическим службам}}',
  'rule.transition.roleMayNot': 'Этот пункт нельзя {action}: это не разрешено {roles}.',
  'rule.transition.notOneText': 'Пункт нельзя {action}: в нём ещё есть {what}.',
  'rule.transition.wrongStatus':
    'Пункт со статусом «{status}» нельзя {action}; можно только пункт со статусом «{allowed}».',
  'rule.transition.reopenFirst': 'Сначала откройте его вновь.',
  'rule.transition.delegatesOnly': 'Это может сделать только делегат стороны.',
  'rule.transition.alreadySignedOff': 'Ваша сторона уже одобрила этот пункт.',
  'rule.transition.noAdReferendumToConfirm':
    'У вашей стороны нет одобрения ad referendum по этому пункту, которое нужно подтвердить.',
  'rule.transition.notSignedOff': 'Ваша сторона не одобряла этот пункт.',
  'rule.transition.alreadyStatus': 'Пункт уже имеет статус «{status}».',
  'rule.transition.bracketedByText':
    'Пункт заключается в квадратные скобки по своему тексту: это происходит, когда слова берут в скобки или добавляют второй вариант.',
  'rule.transition.agreedBySignOffs':
    'Пункт получает статус «{status}» только когда его одобряют все стороны (или когда посредник фиксирует «согласовано без возражений»).',
  'rule.transition.staysBracketed': 'Пункт остаётся в квадратных скобках, пока в нём есть {what}.',
  'rule.transition.versionsNotAligned':
    'Пункт нельзя {action}, пока аутентичный текст не выверен: {versions}. Сначала его должны выверить лингвистические службы или посредник.',
  'rule.version.stale': 'версия на языке «{language}» устарела (текст изменился после выверки)',
  'rule.version.missing': 'версии на языке «{language}» нет или она не выверялась',
  'rule.open.brackets':
    '{count, plural, one {# открытая скобка} few {# открытые скобки} many {# открытых скобок} other {# открытой скобки}}: {list}',
  'rule.open.bracket': '«{words}» (скобка стороны {holder})',
  'rule.open.bracketInOption': '«{words}» (скобка стороны {holder}, в варианте «{option}»)',
  'rule.open.bracketSeparator': '; ',
  'rule.open.labelSeparator': ', ',
  'rule.open.and': '{first}, а также {second}',
  'rule.open.suggestions':
    '{count, plural, one {# ожидающее предложение} few {# ожидающих предложения} many {# ожидающих предложений} other {# ожидающего предложения}} от {name}',
  'rule.open.suggestionsMore': '{count, plural, one {# от} few {# от} many {# от} other {# от}} {name}',
  'rule.open.mediator': 'посредника',
  'rule.open.otherParty': 'другой стороны',
  'rule.open.options':
    '{count, plural, one {# невыбранный вариант} few {# невыбранных варианта} many {# невыбранных вариантов} other {# невыбранного варианта}} ({labels})',
};
