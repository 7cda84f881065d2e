import type { Catalog } from './en.ts';

export const ru: Catalog = {
  'language.label': 'Язык',

  'copy.button': 'Копировать',
  'copy.label': 'Копировать ссылку: {what}',
  'copy.done': 'Скопировано',
  'copy.failed': 'Не удалось скопировать: выделите ссылку и скопируйте её',

  'landing.lede': 'Общий стол для переговоров при посредничестве: один текст, все стороны, в реальном времени.',
  'landing.form.heading': 'Открыть новое заседание',
  'landing.form.title': 'Название',
  'landing.form.titlePlaceholder': 'например, Переговоры по северному водному бассейну',
  'landing.form.mediatorName': 'Ваше имя (необязательно)',
  'landing.form.create': 'Создать заседание',
  'landing.form.creating': 'Создание…',
  'landing.form.error.title': 'Название: укажите название заседания (не более 300 символов).',
  'landing.form.error.parties': 'Стороны: укажите от 1 до 32 сторон, каждую по одному разу и не более 200 символов.',
  'landing.form.error.mediatorName': 'Ваше имя: не более 200 символов.',
  'landing.form.error.server': 'Не удалось открыть заседание: {reason}',
  'landing.parties.legend': 'Стороны',
  'landing.parties.hint': 'Одно поле на каждую сторону (название делегации, например государства или организации).',
  'landing.parties.label': 'Сторона {number}',
  'landing.parties.remove': 'Удалить',
  'landing.parties.removeLabel': 'Удалить сторону {number}',
  'landing.parties.removeLabelNamed': 'Удалить сторону {number} ({name})',
  'landing.parties.add': 'Добавить сторону',
  'landing.created.heading': 'Заседание «{title}» открыто',
  'landing.created.instructions':
    'Направьте каждое приглашение тем, кому оно предназначено: приглашение даёт доступ с соответствующей ролью любому, кто им владеет, поэтому передавайте его конфиденциально. Чтобы войти в зал, откройте приглашение посредника сами.',
  'landing.created.invites':
    '{count, plural, one {# приглашение} few {# приглашения} many {# приглашений} other {# приглашения}}',
  'landing.created.join': 'Войти как посредник',
  'landing.created.another': 'Открыть другое заседание',
  'landing.invite.mediator': 'Посредник',
  'landing.invite.party': 'Делегация: {party}',
  'landing.invite.observers': 'Наблюдатели',
  'landing.invite.languageServices': 'Лингвистическая служба',

  'join.documentTitle': 'Присоединиться к заседанию · Parley',
  'join.lede': 'Вы приглашены на заседание с участием посредника.',
  'join.noInvite.heading': 'В этой ссылке нет приглашения',
  'join.noInvite.body':
    'Откройте полную ссылку-приглашение, которую вам прислал посредник: она заканчивается на {marker} и длинный код.',
  'join.continue.heading': 'Вы уже присоединялись к этому заседанию',
  'join.continue.body':
    'В этом браузере вы — {name}, {role, select, mediator {посредник} delegate {член делегации} observer {наблюдатель} languageServices {сотрудник лингвистической службы} other {участник}}.',
  'join.continue.button': 'Продолжить как {name}',
  'join.form.heading': 'Присоединиться к заседанию',
  'join.form.headingAgain': 'Или присоединиться заново по этому приглашению',
  'join.form.name': 'Ваше имя',
  'join.form.hint': 'Другие участники видят его рядом с вашим курсором и в списке присутствующих.',
  'join.form.join': 'Присоединиться',
  'join.form.joining': 'Подключение…',
  'join.error.name': 'Ваше имя: укажите имя, которое увидят другие (от 1 до 100 символов).',
  'join.error.invalid':
    'Эта ссылка-приглашение недействительна ({reason}). Убедитесь, что вы открыли присланную ссылку полностью.',
  'join.error.spent': 'Это приглашение больше нельзя использовать ({reason}). Попросите у посредника новое.',
  'join.error.noSession': 'Такого заседания не существует ({reason}). Проверьте присланную вам ссылку.',
  'join.error.tooMany': 'Слишком много попыток с этого адреса. Подождите минуту и повторите попытку.',
  'join.error.other': 'Не удалось присоединиться к заседанию: {reason}',

  'connection.label': 'Соединение:',
  'connection.labelOf': 'Соединение ({label}):',
  'connection.status.connecting': 'подключение',
  'connection.status.online': 'в сети',
  'connection.status.reconnecting': 'переподключение',
  'connection.status.offline': 'не в сети',
  'connection.hint.connecting': 'Подключение к заседанию…',
  'connection.hint.online': 'Соединение установлено: ваши правки сразу видны другим.',
  'connection.hint.reconnecting':
    'Соединение потеряно; выполняется повторная попытка. Ваши правки сохранены и будут отправлены после восстановления связи.',
  'connection.hint.offline':
    'Нет соединения: ваши правки сохраняются на этом устройстве и будут отправлены при повторном подключении.',
  'connection.stop.tooLarge':
    'Правка слишком велика, и сервер не может её принять ({reason}). Перезагрузите страницу, чтобы продолжить с копии на сервере.',
  'connection.stop.malformed':
    'Сервер не смог прочитать данные, отправленные этой страницей ({reason}). Перезагрузите страницу.',
  'connection.stop.unauthorized':
    'Сервер не подтвердил ваш доступ к этому заседанию ({reason}). Откройте заседание снова по ссылке-приглашению.',
  'connection.stop.notFound': 'Такого заседания не существует ({reason}). Проверьте полученную ссылку.',
  'connection.stop.removed': 'Посредник исключил вас из этого заседания ({reason}).',
  'connection.stop.other': 'Сервер закрыл соединение ({reason}).',

  'room.bar.label': 'Заседание',
  'room.bar.showConsole': 'Показать консоль',
  'room.bar.hideConsole': 'Скрыть консоль',
  'room.bar.changesSince':
    '{count, plural, =0 {С вашего последнего визита изменений нет} one {# изменение с вашего последнего визита} few {# изменения с вашего последнего визита} many {# изменений с вашего последнего визита} other {# изменения с вашего последнего визита}}',
  'room.export.summary': 'Скачать проект',
  'room.export.preparing': 'Подготовка…',
  'room.export.docx': 'Word (DOCX)',
  'room.export.md': 'Markdown',
  'room.export.html': 'Страница для печати (HTML, сохранить как PDF)',
  'room.export.json': 'Данные (JSON)',
  'room.export.akn': 'Akoma Ntoso (XML)',
  'room.you.prefix': 'Вы —',
  'room.you.role':
    '{role, select, mediator {Посредник} observer {Наблюдатель} delegate {Делегация: {party}} languageServices {Лингвистическая служба} other {Член делегации}}',
};
