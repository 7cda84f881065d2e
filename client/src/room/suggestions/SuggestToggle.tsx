import type { MouseEvent } from 'react';
import { useSuggesting } from './SuggestingContext.ts';

/**
 * The draft toolbar's "Suggest" switch: edits become tracked insertions and deletions. Someone who
 * may edit directly (the mediator proposing wording) turns it on and off; a delegate whose session
 * makes them suggest sees it on, and why.
 */
export function SuggestToggle({ onMouseDown }: { onMouseDown: (event: MouseEvent) => void }) {
  const suggesting = useSuggesting();
  if (suggesting === null) return null;
  const { mustSuggest, active, choose } = suggesting;
  return (
    <button
      type="button"
      className={`toolbar__button toolbar__button--text${active ? ' toolbar__button--suggesting' : ''}`}
      aria-pressed={active}
      onMouseDown={onMouseDown}
      onClick={() => {
        if (!mustSuggest) choose(!active);
      }}
      {...(mustSuggest ? { 'aria-disabled': true } : {})}
      title={
        mustSuggest
          ? 'In this session delegations suggest: what you type and delete is proposed to the mediator'
          : active
            ? 'Suggesting: what you type and delete is proposed, not changed. Click to edit directly'
            : 'Suggest changes instead of editing directly'
      }
      data-testid="suggest-toggle"
    >
      {mustSuggest ? 'Suggesting' : 'Suggest'}
    </button>
  );
}
