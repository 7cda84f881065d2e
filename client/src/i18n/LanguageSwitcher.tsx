import { useId } from 'react';
import { currentLocale, setLocale } from './localeStore.ts';
import { isLocale, LOCALE_NAMES, LOCALES } from './locales.ts';
import { useMessages } from './useMessages.ts';

/**
 * Chooses the interface's language for this browser; each language is named in itself. `compact`
 * (the room's top bar, where space is short) keeps the label for screen readers only.
 */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const id = useId();
  const { text, locale } = useMessages();
  return (
    <div className={`language-switcher${compact ? ' language-switcher--compact' : ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {text('language.label')}
      </label>
      <select
        id={id}
        value={isLocale(locale) ? locale : currentLocale()}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
        data-testid="language-switcher"
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
