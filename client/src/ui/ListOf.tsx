import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { useIntl } from 'react-intl';

/**
 * Items (names in their party's colour) joined as the reader's language joins a list: "A, B, C" in
 * English, "A、B、C" in Chinese, "A، B، C" in Arabic (`Intl.ListFormat`, unit style: no "and").
 */
export function ListOf({ items }: { items: readonly ReactNode[] }) {
  const { locale } = useIntl();
  let next = 0;
  const parts = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).formatToParts(
    items.map((_, index) => String(index)),
  );
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one list never reorder
        <Fragment key={index}>{part.type === 'element' ? items[next++] : part.value}</Fragment>
      ))}
    </>
  );
}
