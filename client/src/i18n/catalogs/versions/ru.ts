import type { VersionsCatalog } from './en.ts';

export const versionsRu: VersionsCatalog = {
  'versions.column.label': 'Рядом с текстом на языке',
  'versions.column.none': 'Без второго языка',
  'versions.column.original': '{language} (оригинал)',
  'versions.column.version': 'Текст: {language}',
  'versions.column.authentic': 'аутентичный',
  'versions.column.convenience': 'перевод для удобства',
  'versions.role.name': 'Лингвистическая служба',
  'versions.role.hint':
    'Вы работаете как лингвистическая служба: вы пишете языковые версии во второй колонке и сверяете их с текстом ({source}). Оригинальный текст доступен вам только для чтения.',
  'versions.role.oneLanguage': 'В этой сессии только один язык: писать пока нечего.',

  'versions.heading.label': 'Заголовок пункта {number}, язык: {language}',
  'versions.heading.placeholder': 'Заголовок (необязательно)',
  'versions.body.label': 'Текст пункта {number}, язык: {language}',
  'versions.option.label': 'Вариант {index} пункта {number}, язык: {language}',
  'versions.option.title': 'Вариант {index}',
  'versions.notReady': 'Версии этого пункта ({language}) ещё нет: сервер сейчас её создаст.',

  'versions.state.aligned': 'Сверено с текстом ({source}) на {time}, сверил(а): {name}',
  'versions.state.nothingYet': 'Переводить пока нечего',
  'versions.state.stale': 'Устарело: текст ({source}) изменился после сверки {time}',
  'versions.state.staleVersion': 'Устарело: эта версия изменилась после сверки {time}',
  'versions.state.diffLabel': 'Изменения текста ({source}) после сверки',
  'versions.state.missingEmpty': 'Отсутствует: в этой версии ещё нет текста',
  'versions.state.missingUnaligned': 'Отсутствует: ни разу не сверено с текстом ({source})',
  'versions.state.blocks': 'Одобрение и согласование ждут, пока эта версия не будет сверена.',

  'versions.brackets.label': 'Скобки оригинала:',
  'versions.brackets.apply': 'Заключить в скобки, как «{words}» ({holder})',
  'versions.brackets.lift': 'Снять скобки',
  'versions.brackets.selectFirst': 'Сначала выделите переведённые слова в версии.',

  'versions.align.button': 'Сверить',
  'versions.align.label': 'Сверить версию пункта {number} ({language}) с текстом ({source})',
  'versions.align.refused': 'Не сверено: {reason}',

  'versions.signOff.blocked': 'Одобрение ждёт сверки этих версий: {languages}.',
};
