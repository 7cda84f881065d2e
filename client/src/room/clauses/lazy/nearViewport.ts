/**
 * Whether a clause of a long draft is on or near the screen, as the browser itself decides it for
 * `content-visibility: auto` (styles.css, `.clauses--long > .clause`): it lays out and paints the
 * element while it is near, and says so with this event (also once at first). Not an
 * IntersectionObserver of our own where the browser has the event: one watching 500 elements cost
 * 1.5 ms at every frame, keystrokes included.
 */
export function watchNearViewport(element: Element, onChange: (near: boolean) => void): () => void {
  if (typeof ContentVisibilityAutoStateChangeEvent === 'undefined') return watchIntersection(element, onChange);
  const onState = (event: Event) => {
    if (event instanceof ContentVisibilityAutoStateChangeEvent) onChange(!event.skipped);
  };
  element.addEventListener('contentvisibilityautostatechange', onState);
  return () => element.removeEventListener('contentvisibilityautostatechange', onState);
}

/** A browser without the event: within one screen height above or below. */
function watchIntersection(element: Element, onChange: (near: boolean) => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) onChange(entry.isIntersecting);
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
