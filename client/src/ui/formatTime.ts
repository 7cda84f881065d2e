import { currentLocale } from '../i18n/localeStore.ts';

/** A moment as a delegate reads it, in the interface's language: local date and time to the second ("1 Dec 2026, 15:04:07"). */
export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(currentLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** The value of a `datetime-local` input for a moment (local time, to the second). */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
