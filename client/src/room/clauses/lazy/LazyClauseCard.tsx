import { memo, useCallback, useState } from 'react';
import type { StaticTextRenderer } from '../../editor/useStaticTextRenderer.ts';
import type { ClauseCardProps } from '../ClauseCard.tsx';
import { ClauseCard } from '../ClauseCard.tsx';
import { ClausePreview } from './ClausePreview.tsx';
import type { Activation } from './ClauseText.tsx';
import { watchNearViewportScreenFirst } from './nearViewport.ts';

/**
 * A clause of the draft. In a short one always the full card; in a long one the full card (live
 * editor, controls) while it is on or near the screen (those on it first), holds the focus, or was
 * just added by this person, and a preview otherwise. A preview that is focused
 * (Tab) or clicked becomes the full card at once, with the caret where the person was. Memoised: the
 * room re-rendering (presence, the roster) does not render 500 clauses again.
 */
export const LazyClauseCard = memo(function LazyClauseCard({
  draw,
  ...card
}: Omit<ClauseCardProps, 'itemRef' | 'activation' | 'onActivated'> & {
  /** Draws a preview's text; null in a short draft, where every clause is a full card. */
  draw: StaticTextRenderer | null;
}) {
  const [near, setNear] = useState(false);
  const [focused, setFocused] = useState(false);
  const [activation, setActivation] = useState<Activation | null>(null);
  // The same list item element may be the preview's or the card's: whichever is there is watched.
  const itemRef = useCallback((item: HTMLLIElement | null) => {
    if (item === null) return;
    const stopWatching = watchNearViewportScreenFirst(item, setNear);
    const onFocusIn = () => setFocused(true);
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && item.contains(event.relatedTarget))) setFocused(false);
    };
    item.addEventListener('focusin', onFocusIn);
    item.addEventListener('focusout', onFocusOut);
    return () => {
      stopWatching();
      item.removeEventListener('focusin', onFocusIn);
      item.removeEventListener('focusout', onFocusOut);
    };
  }, []);
  const onActivate = useCallback(
    (next: Activation) => setActivation((current) => (current?.kind === 'point' ? current : next)),
    [],
  );
  const onActivated = useCallback(() => setActivation(null), []);
  if (draw === null || near || focused || activation !== null || card.autoFocus) {
    return <ClauseCard {...card} itemRef={itemRef} activation={activation} onActivated={onActivated} />;
  }
  return (
    <ClausePreview
      clause={card.clause}
      readOnly={!card.verdict.allowed}
      editable={card.connected && card.verdict.allowed}
      draw={draw}
      itemRef={itemRef}
      onActivate={onActivate}
    />
  );
});
