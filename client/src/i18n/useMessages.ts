import type { ReactNode } from 'react';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageKey } from './catalogs/index.ts';

type PlainValues = Record<string, string | number>;
/** `useMessages().text`, for helpers outside components that put something into words. */
export type Translate = (key: MessageKey, values?: PlainValues) => string;
type RichValues = Record<string, ReactNode>;

/**
 * The chosen language's messages, by key (a typo is a type error). `text` gives a string, for
 * attributes and titles; `rich` lets a value be an element (a name in <strong>, a code in <code>).
 * `text` stays the same function while the language does, so memos and effects may depend on it.
 */
export function useMessages() {
  const intl = useIntl();
  const text = useCallback<Translate>((key, values) => intl.formatMessage({ id: key }, values), [intl]);
  return {
    locale: intl.locale,
    text,
    rich: (key: MessageKey, values: RichValues): ReactNode => intl.formatMessage({ id: key }, values),
  };
}
