import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { useIntl } from 'react-intl';

/**
 * The authors of a joint history entry (people who typed in the clause at the same time), joined as
 * the reader's language joins "A and B", "A, B and C" (`Intl.ListFormat`, conjunction: "A y B",
 * "A и B", "A和B"), so a screen reader reads one sentence.
 */
export function JointAuthors({ authors }: { authors: readonly ReactNode[] }) {
  const { locale } = useIntl();
  let next = 0;
  const parts = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).formatToParts(
    authors.map((_, index) => String(index)),
  );
  return (
    <span className="history-entry__authors" data-testid="history-authors">
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one list never reorder
        <Fragment key={index}>{part.type === 'element' ? authors[next++] : part.value}</Fragment>
      ))}
    </span>
  );
}
