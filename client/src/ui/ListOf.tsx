import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { useIntl } from 'react-intl';

/**
 * Items (names in their party's colour) joined as the reader's language joins a list: "A, B, C" in
 * English, "A、B、C" in Chinese, "A، B، C" in Arabic (`Intl.ListFormat`, unit style: no "and"); with
 * `and`, as it joins "A and B", "A, B and C" ("A y B", "A и B", "A和B"), so a screen reader reads one
 * sentence.
 */
export function ListOf({ items, and = false }: { items: readonly ReactNode[]; and?: boolean }) {
  const { locale } = useIntl();
  let next = 0;
  const format: Intl.ListFormatOptions = and
    ? { type: 'conjunction', style: 'long' }
    : { type: 'unit', style: 'short' };
  const parts = new Intl.ListFormat(locale, format).formatToParts(items.map((_, index) => String(index)));
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one list never reorder
        <Fragment key={index}>{part.type === 'element' ? items[next++] : part.value}</Fragment>
      ))}
    </>
  );
}
