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

/** How long a clause near the screen but not on it may wait for the browser to be idle. */
const IDLE_WAIT_MS = 300;

/**
 * As `watchNearViewport`, but when a clause is first laid out near the screen without being on it,
 * that is said only once the browser is idle (within IDLE_WAIT_MS): at the first render of a long
 * draft, the cards on the screen mount their editors (several milliseconds each) and the page is
 * painted, then the few just above and below follow. Later changes (scrolling) are said at once, as
 * before: mounting them when idle would only land in the middle of someone's typing.
 */
export function watchNearViewportScreenFirst(element: Element, onChange: (near: boolean) => void): () => void {
  let cancelPending: (() => void) | null = null;
  let first = true;
  const stopWatching = watchNearViewport(element, (near) => {
    cancelPending?.();
    cancelPending = null;
    const firstLayout = first;
    first = false;
    if (!firstLayout || !near || onScreen(element)) {
      onChange(near);
      return;
    }
    cancelPending = whenIdle(() => {
      cancelPending = null;
      onChange(true);
    });
  });
  return () => {
    cancelPending?.();
    stopWatching();
  };
}

function onScreen(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}

function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'undefined') {
    const timer = setTimeout(work, 50);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
  return () => cancelIdleCallback(handle);
}
