import { lazy, Suspense, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';

const ClauseHistoryDialog = lazy(() =>
  import('./ClauseHistoryDialog.tsx').then((module) => ({ default: module.ClauseHistoryDialog })),
);

/** "History" in a clause's header: opens the clause's timeline (loaded on demand). */
export function ClauseHistoryButton({ clauseId, number }: { clauseId: string; number: string }) {
  const [open, setOpen] = useState(false);
  const { text } = useMessages();
  return (
    <>
      <button
        type="button"
        className="button button--small clause__history"
        aria-label={text('history.title', { number })}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="clause-history-button"
      >
        {text('history.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ClauseHistoryDialog clauseId={clauseId} number={number} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
