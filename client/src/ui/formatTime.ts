import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { currentLocale } from '../i18n/localeStore.ts';

const TO_THE_SECOND: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

/**
 * A moment as a delegate reads it, in the interface's language: local date and time to the second
 * ("1 Dec 2026, 15:04:07"). `locale` is the one react-intl renders in (`useFormatTime` passes it);
 * without it, the page's chosen language.
 */
export function formatTime(ms: number, locale: string = currentLocale()): string {
  return new Date(ms).toLocaleString(locale, TO_THE_SECOND);
}

/** A moment as a clock reads it, hours and minutes ("15:04"), in the given language. */
export function formatClock(ms: number, locale: string = currentLocale()): string {
  return new Date(ms).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/** `formatTime` and `formatClock` in the language react-intl renders the screen in, so they follow a switch. */
export function useFormatTime(): { readonly time: (ms: number) => string; readonly clock: (ms: number) => string } {
  const { locale } = useIntl();
  const time = useCallback((ms: number) => formatTime(ms, locale), [locale]);
  const clock = useCallback((ms: number) => formatClock(ms, locale), [locale]);
  return { time, clock };
}

/** The value of a `datetime-local` input for a moment (local time, to the second). */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
