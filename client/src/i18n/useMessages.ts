import type { ReactNode } from 'react';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageKey } from './catalogs/english.ts';
import type { Translate } from './Translate.ts';

export type { Translate } from './Translate.ts';

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
