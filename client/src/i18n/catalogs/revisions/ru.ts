import type { RevisionsCatalog } from './en.ts';

export const revisionsRu: RevisionsCatalog = {
  'revisions.heading': 'Редакции',
  'revisions.back': 'Назад к проекту',
  'revisions.hint':
    'Тексты, которые посредник сохранял по ходу переговоров. Выберите два текста или один и текущий, чтобы увидеть, что изменилось, положение за положением. Esc тоже возвращает назад.',
  'revisions.loading': 'Загрузка редакций…',
  'revisions.empty': 'Ни одной редакции ещё не сохранено. Посредник сохраняет их в консоли.',
  'revisions.table.caption': 'Сохранённые редакции, сначала самые ранние',
  'revisions.table.revision': 'Редакция',
  'revisions.table.saved': 'Сохранена',
  'revisions.table.by': 'Кем',

  'revisions.compare.form': 'Сравнить два текста',
  'revisions.compare.from': 'Сравнить',
  'revisions.compare.to': 'с',
  'revisions.compare.current': 'Текущий текст',
  'revisions.compare.language': 'Язык',
  'revisions.compare.submit': 'Сравнить',

  'revisions.diff.comparing': 'Сравнение…',
  'revisions.diff.currentText': 'текущий текст',
  'revisions.diff.inLanguage': 'на языке: {language}',
  'revisions.diff.summary': 'Положения: {list}.',
  'revisions.diff.noChange': 'Текст не изменился.',
  'revisions.diff.changedCount':
    '{count, plural, one {# изменённое} few {# изменённых} many {# изменённых} other {# изменённого}}',
  'revisions.diff.addedCount':
    '{count, plural, one {# добавленное} few {# добавленных} many {# добавленных} other {# добавленного}}',
  'revisions.diff.removedCount':
    '{count, plural, one {# удалённое} few {# удалённых} many {# удалённых} other {# удалённого}}',
  'revisions.diff.key': 'Вставленные слова {underlined}, удалённые — {struckThrough}.',
  'revisions.diff.key.underlined': 'подчёркнуты',
  'revisions.diff.key.struckThrough': 'зачёркнуты',
  'revisions.diff.unchanged':
    '{count, plural, one {# неизменённое положение} few {# неизменённых положения} many {# неизменённых положений} other {# неизменённого положения}}: {numbers}',
  'revisions.diff.article': 'Статья {number}',
  'revisions.diff.removedFrom': '{clause} из текста «{from}»',
  'revisions.diff.noText': '(нет текста)',
  'revisions.change.added': 'Добавлено',
  'revisions.change.removed': 'Удалено',
  'revisions.change.changed': 'Изменено',
  'revisions.change.unchanged': 'Изменён статус',
  'revisions.status.placeholder': 'Заготовка',
  'revisions.status.proposed': 'Предложено',
  'revisions.status.bracketed': 'В скобках',
  'revisions.status.agreedAdReferendum': 'Согласовано ad referendum',
  'revisions.status.agreed': 'Согласовано',
  'revisions.status.adopted': 'Принято',
  'revisions.status.withdrawn': 'Отозвано',

  'revisions.export.languages': 'Языки текста',
  'revisions.export.language': 'Текст на языке',
  'revisions.export.beside': 'Вторая колонка на языке',
  'revisions.export.besideNone': 'Без второго языка',
  'revisions.export.parallelOnly': 'Два языка рядом: только Word и страница для печати.',
};
