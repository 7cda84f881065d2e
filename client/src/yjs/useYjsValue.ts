import { useRef, useSyncExternalStore } from 'react';

/**
 * A value read from a Yjs document, kept current: `subscribe` (stable across renders) calls back
 * when something the value depends on may have changed, `read` derives the value, and `isEqual`
 * keeps the previous value when nothing the caller shows changed, so that a change elsewhere in
 * the document (someone typing in a clause) does not re-render the reader.
 */
export function useYjsValue<T>(
  subscribe: (onChange: () => void) => () => void,
  read: () => T,
  isEqual: (previous: T, next: T) => boolean,
): T {
  const cache = useRef<{ value: T } | null>(null);
  const getSnapshot = (): T => {
    const next = read();
    const previous = cache.current;
    if (previous !== null && isEqual(previous.value, next)) return previous.value;
    cache.current = { value: next };
    return next;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
