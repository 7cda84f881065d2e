import type { Notice } from '@parley/shared';
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey } from '../../../client/src/i18n/catalogs/index.ts';
import { CATALOGS } from '../../../client/src/i18n/catalogs/index.ts';
import type { Locale } from '../../../client/src/i18n/locales.ts';
import { noticeWords } from '../../../client/src/room/notices/noticeWords.ts';

/** The messages of one language, formatted as react-intl formats them (ICU plurals and selects). */
export function textIn(locale: Locale) {
  return (key: MessageKey, values?: Record<string, string | number>) =>
    String(new IntlMessageFormat(CATALOGS[locale][key], locale).format(values));
}

/** A notice as the room words it from its facts in English (which should be its `summary`). */
export function noticeInEnglish(notice: Notice): string | undefined {
  return notice.facts ? noticeWords(notice.facts, textIn('en'), 'en') : undefined;
}
