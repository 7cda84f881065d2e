import type { ReactNode } from 'react';
import { ListOf } from '../../ui/ListOf.tsx';

/** The authors of a joint history entry (people who typed in the clause at the same time): "A and B". */
export function JointAuthors({ authors }: { authors: readonly ReactNode[] }) {
  return (
    <span className="history-entry__authors" data-testid="history-authors">
      <ListOf items={authors} and />
    </span>
  );
}
