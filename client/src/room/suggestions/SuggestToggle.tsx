import type { MouseEvent } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useSuggesting } from './SuggestingContext.ts';

/**
 * The draft toolbar's "Suggest" switch: edits become tracked insertions and deletions. Someone who
 * may edit directly (the mediator proposing wording) turns it on and off; a delegate whose session
 * makes them suggest sees it on, and why.
 */
export function SuggestToggle({ onMouseDown }: { onMouseDown: (event: MouseEvent) => void }) {
  const suggesting = useSuggesting();
  const { text } = useMessages();
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
      title={text(mustSuggest ? 'suggest.title.must' : active ? 'suggest.title.on' : 'suggest.title.off')}
      data-testid="suggest-toggle"
    >
      {text(mustSuggest ? 'suggest.suggesting' : 'suggest.suggest')}
    </button>
  );
}
