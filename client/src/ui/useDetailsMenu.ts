import type { RefObject, SyntheticEvent } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface DetailsMenu {
  readonly ref: RefObject<HTMLDetailsElement | null>;
  readonly open: boolean;
  /** For the `<details>`'s `onToggle`: the element's own opening and closing (a click on its summary). */
  readonly onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => void;
  /** Closes the menu; with `returnFocus`, focus goes back to its button (after a choice made by keyboard). */
  readonly close: (returnFocus: boolean) => void;
}

/**
 * A `<details>` used as a drop-down menu, closing the way menus do: on Esc (focus back to its
 * button), on a click or a tab outside it, and when the caller calls `close` after a choice. An
 * in-page disclosure (a section that opens in the flow of the page) does not want this.
 */
export function useDetailsMenu(): DetailsMenu {
  const ref = useRef<HTMLDetailsElement | null>(null);
  const [open, setOpen] = useState(false);

  const close = useCallback((returnFocus: boolean) => {
    const details = ref.current;
    if (details === null) return;
    details.open = false;
    setOpen(false);
    if (returnFocus) details.querySelector('summary')?.focus();
  }, []);

  const onToggle = useCallback((event: SyntheticEvent<HTMLDetailsElement>) => {
    setOpen(event.currentTarget.open);
  }, []);

  useEffect(() => {
    const details = ref.current;
    if (!open || details === null) return;
    const outside = (target: EventTarget | null) => target instanceof Node && !details.contains(target);
    const onPointerDown = (event: PointerEvent) => {
      if (outside(event.target)) close(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    const onFocusOut = (event: FocusEvent) => {
      // Tabbing past the last item leaves the menu; a click on nothing focusable (null) is handled above.
      if (event.relatedTarget !== null && outside(event.relatedTarget)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    details.addEventListener('keydown', onKeyDown);
    details.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      details.removeEventListener('keydown', onKeyDown);
      details.removeEventListener('focusout', onFocusOut);
    };
  }, [open, close]);

  return { ref, open, onToggle, close };
}
