import type { ClosingCatalog } from './en.ts';

export const closingRu: ClosingCatalog = {
  'closing.title': 'Завершение переговоров',
  'closing.provisional':
    'Ничто не согласовано, пока не согласовано всё: согласованные пункты остаются предварительными до принятия всего текста.',
  'closing.provisionalBadge': '(предварительно)',
  'closing.propose': 'Предложить принять весь текст',
  'closing.proposed': 'Весь текст предложен к принятию. Уже приняли: {accepted}.',
  'closing.none': 'пока никто',
  'closing.acceptedBy':
    '{party}{adReferendum, select, yes { (ad referendum{confirmed, select, yes {, подтверждено столицей} other {}})} other {}}',
  'closing.accept': 'Принять от имени стороны {party}',
  'closing.acceptAdReferendum': 'Принять ad referendum',
  'closing.confirm': 'Подтвердить от имени столицы ({party})',
  'closing.adopted':
    'Текст принят: весь текст принят {date}{underSilence, select, yes { по процедуре молчания} other {}}. Приняли: {accepted}.',
  'closing.digest': 'SHA-256 принятого текста: {digest}',
  'closing.initials': 'Парафировали: {initials}',
  'closing.initialled': '{name} ({party})',
  'closing.initial': 'Парафировать принятый текст от имени стороны {party}',
  'closing.silence.running': 'Процедура молчания: {what} — только для чтения до {time}.',
  'closing.silence.whole': 'весь текст',
  'closing.silence.clauses':
    '{count, plural, one {пункт {list}} few {пункты {list}} many {пункты {list}} other {пункты {list}}}',
  'closing.silence.left': 'Осталось времени до конца молчания',
  'closing.silence.break': 'Нарушить молчание',
  'closing.silence.explanation': 'Почему ваша сторона нарушает молчание (это прочтут все участники)',
  'closing.silence.send': 'Нарушить молчание сейчас',
  'closing.silence.broken': 'Молчание нарушено: {name}{hasParty, select, yes { ({party})} other {}}: «{explanation}»',
  'closing.silence.kept': 'Молчание соблюдено до истечения срока.',
  'closing.silence.minutes': 'Минуты молчания',
  'closing.silence.choose': 'Выбрать пункты (если не выбраны — весь текст)',
  'closing.silence.startChosen':
    '{count, plural, one {Ввести молчание для # пункта} few {Ввести молчание для # пунктов} many {Ввести молчание для # пунктов} other {Ввести молчание для # пункта}}',
  'closing.silence.start': 'Ввести процедуру молчания для всего текста',
};
