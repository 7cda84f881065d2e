import type { MessageKey } from '../i18n/catalogs/english.ts';

/** What a person is told when the server refuses their invite; each message quotes the server's reason. */
export function joinErrorKey(status: number): MessageKey {
  switch (status) {
    case 401:
      return 'join.error.invalid';
    case 403:
      return 'join.error.spent';
    case 404:
      return 'join.error.noSession';
    case 429:
      return 'join.error.tooMany';
    default:
      return 'join.error.other';
  }
}
