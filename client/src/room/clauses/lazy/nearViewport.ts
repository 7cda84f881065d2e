/**
 * Whether elements are on screen or near it (within one screen height above or below), for the
 * clauses of a long draft that only need a live editor there. One observer for all of them.
 */
type Listener = (near: boolean) => void;

const listeners = new Map<Element, Listener>();
let observer: IntersectionObserver | null = null;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: '100% 0px' },
  );
  return observer;
}

/** Calls `onChange` with whether `element` is near the viewport now and whenever that changes. */
export function watchNearViewport(element: Element, onChange: Listener): () => void {
  listeners.set(element, onChange);
  sharedObserver().observe(element);
  return () => {
    listeners.delete(element);
    observer?.unobserve(element);
  };
}
