import type { SetupCatalog } from './en.ts';

export const setupRu: SetupCatalog = {
  'setup.languages.negotiation': 'Язык переговоров',
  'setup.languages.negotiationHint': 'Пункты составляются на этом языке; остальные языки — его версии.',
  'setup.languages.rowLabel': 'Язык {number}',
  'setup.languages.group.un': 'Официальные языки Организации Объединённых Наций',
  'setup.languages.group.common': 'Другие распространённые языки',
  'setup.languages.other': 'Другой…',
  'setup.languages.tagLabel': '{label}: тег языка (BCP 47)',
  'setup.languages.tagHint': 'Например, sw, pt-BR или sr-Latn.',
  'setup.languages.authentic': 'Аутентичный',
  'setup.languages.authenticLabel': 'Аутентичный: {language}',
  'setup.languages.authenticHint':
    'Аутентичный: текст на этом языке имеет одинаковую силу с остальными, и его версию нужно сверить, прежде чем пункт будет согласован. Без отметки: перевод для удобства, который никогда не задерживает согласование.',
  'setup.languages.remove': 'Убрать',
  'setup.languages.removeLabel': 'Убрать язык: {language}',
  'setup.languages.add': 'Добавить язык',
  'setup.languages.limit': 'В сессии не более {max} языков.',
  'setup.languages.parallel': 'Параллельные переговоры (делегаты пишут на всех языках)',
  'setup.languages.parallelHint':
    'Иначе остальные языки следуют за языком переговоров: их пишут посредник и лингвистическая служба.',
  'setup.languages.error.emptyTag': 'Введите тег языка, например sw или pt-BR.',
  'setup.languages.error.notATag': '«{tag}» — не тег языка (BCP 47), в отличие от sw или pt-BR.',
  'setup.languages.error.duplicate': 'Язык «{language}» указан дважды: каждый язык указывается один раз.',

  'setup.landing.legend': 'Языки текста',
  'setup.landing.summaryOne': 'Текст составляется только на одном языке: {language}.',
  'setup.landing.summaryMany': 'Язык переговоров: {language}; версии: {others}.',
  'setup.landing.open': 'Выбрать языки',
  'setup.landing.close': 'Скрыть выбор языков',
  'setup.landing.error': 'Проверьте языки текста.',

  'setup.console.section': 'Языки',
  'setup.console.hint':
    'Язык, на котором уже есть текст, нельзя убрать, а язык переговоров нельзя сменить, когда на нём уже написан текст.',
  'setup.console.save': 'Сохранить языки',
  'setup.console.saving': 'Сохранение…',
  'setup.console.discard': 'Отменить изменения',
  'setup.console.saved': 'Языки сессии сохранены.',
  'setup.console.invalid': 'Проверьте языки выше, прежде чем сохранять.',
};
