import { currentLocale } from '../i18n/localeStore.ts';

/** "25 Nov, 14:05": when a revision was saved, in the interface's language. */
export function formatSavedAt(at: number): string {
  return new Date(at).toLocaleString(currentLocale(), {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
