import type { NoticesCatalog } from './en.ts';

/** Verbs in the present tense ("посредник открывает"), as notices are worded, so no name needs a gender. */
export const noticesRu: NoticesCatalog = {
  'notice.person': '{name} ({seat})',
  'notice.seat':
    '{role, select, mediator {посредник} observer {наблюдатель} languageServices {лингвистические службы} other {{party}}}',
  'notice.someDelegation': 'делегация',
  'notice.personGone': 'участник, которого больше нет в списке',
  'notice.partyGone': 'сторона, которая больше не участвует в сессии',
  'notice.server': 'сервер',
  'notice.mediator': 'посредник',
  'notice.clause': '{preamble, select, yes {пункт преамбулы {number}} other {пункт {number}}}',
  'notice.clauseGone': 'удалённый пункт',

  'notice.signOffsCleared':
    '{clause}: {hasParties, select, yes {одобрения сторон {parties} сняты} other {одобрения сняты}}{cause, select, version {, поскольку текст ({language}) изменён участником {changedBy}} text {, поскольку текст изменён участником {changedBy}} other {}}.',
  'notice.clauseReopened': '{by} вновь открывает {clause}{hasReason, select, yes {. Причина: «{reason}»} other {}}.',
  'notice.bracketLifted':
    '{clause}: {by} снимает квадратные скобки{hasLabel, select, yes { «{label}»} other {}}{hasNote, select, yes { ({note})} other {}}{hasHolder, select, yes { (владелец: {holder})} other {}}{hasWords, select, yes { вокруг «{words}»} other {}}.',
  'notice.bracketGiven':
    '{clause}: {by} передаёт {count, plural, one {# пару квадратных скобок} few {# пары квадратных скобок} many {# пар квадратных скобок} other {# пары квадратных скобок}}{hasWords, select, yes { вокруг «{words}»} other {}}{hasFrom, select, yes { (прежний владелец: {from})} other {}} стороне {to}.',
  'notice.floorGiven':
    '{by} предоставляет слово {next, select, yes {следующему оратору: {speaker}} other {участнику {speaker}}}.',
  'notice.timeUp': 'Время выступления истекло: {speaker}.',
  'notice.muted': '{by} отключает микрофон участнику {participant}.',
  'notice.unmuted': '{by} включает микрофон участнику {participant}.',
  'notice.oneText': '{by} {enabled, select, yes {включает} other {отключает}} процедуру единого текста.',
  'notice.freeze': '{by} {frozen, select, yes {замораживает} other {размораживает}} текст.',
  'notice.textTabled':
    '{by} вносит проект{hasHeading, select, yes { «{heading}»} other {}}{origin, select, caucus { из кокуса стороны {originName}} workingGroup { рабочей группы «{originName}»} other {}} {as, select, clause {как новый пункт ({clause})} option {как вариант ({clause})} proposal {как текстовое предложение ({clause})} other {на пленарное заседание}}.',
  'notice.suggestion':
    '{kind, select, deletion {удаление «{words}»} other {вставку «{words}»}}{hasAuthor, select, yes { (автор: {author})} other {}}',
  'notice.suggestionsCounted':
    '{count, plural, =0 {{hasParty, select, yes {предложения стороны {party}} other {предложения}}} one {# предложение} few {# предложения} many {# предложений} other {# предложения}}',
  'notice.suggestionAccepted': '{clause}: {by} принимает {what}.',
  'notice.suggestionRejected': '{clause}: {by} отклоняет {what}.',
  'notice.wholeText': 'весь текст',
  'notice.adoption':
    '{event, select, proposed {{by} предлагает принять весь текст} other {{by} принимает текст{hasParty, select, yes { от имени стороны {party}} other {}}{adReferendum, select, yes { ad referendum} other {}}{event, select, adopted {; текст принят как «{revision}»} other {}}}}.',
  'notice.silence':
    '{event, select, started {{by} вводит процедуру молчания ({what}){hasUntil, select, yes { до {time} UTC {date}} other {}}} broken {{by} нарушает молчание{hasParty, select, yes { от имени стороны {party}} other {}}{hasExplanation, select, yes {: «{explanation}»} other {}}} other {Молчание ({what}) соблюдено до истечения срока: {adopted, select, yes {текст принят как «{revision}»} other {{count, plural, one {пункт согласован} few {пункты согласованы} many {пункты согласованы} other {пункты согласованы}}}}}}.',
};
