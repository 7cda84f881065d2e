import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageKey } from './catalogs/index.ts';

type PlainValues = Record<string, string | number>;
type RichValues = Record<string, ReactNode>;

/**
 * The chosen language's messages, by key (a typo is a type error). `text` gives a string, for
 * attributes and titles; `rich` lets a value be an element (a name in <strong>, a code in <code>).
 */
export function useMessages() {
  const intl = useIntl();
  return {
    locale: intl.locale,
    text: (key: MessageKey, values?: PlainValues): string => intl.formatMessage({ id: key }, values),
    rich: (key: MessageKey, values: RichValues): ReactNode => intl.formatMessage({ id: key }, values),
  };
}
