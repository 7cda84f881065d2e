import { useCallback, useRef, useSyncExternalStore } from 'react';

/**
 * A value read from a Yjs document, kept current: `subscribe` (stable across renders) calls back
 * when something the value depends on may have changed, `read` derives the value, and `isEqual`
 * keeps the previous value when nothing the caller shows changed, so that a change elsewhere in
 * the document (someone typing in a clause) does not re-render the reader.
 *
 * With `inputs` (everything `read` uses besides what `subscribe` watches, compared with `Object.is`),
 * the value is read again only after `subscribe` called back or an input changed, not at every render:
 * for readers rendered hundreds of times, like the clauses of a long draft.
 */
export function useYjsValue<T>(
  subscribe: (onChange: () => void) => () => void,
  read: () => T,
  isEqual: (previous: T, next: T) => boolean,
  inputs?: readonly unknown[],
): T {
  const cache = useRef<{ value: T; inputs: readonly unknown[] | undefined; changed: boolean } | null>(null);
  const subscribeTracked = useCallback(
    (onChange: () => void) => {
      // Whatever changed between the render and this subscription is read at React's check right after.
      if (cache.current !== null) cache.current.changed = true;
      return subscribe(() => {
        if (cache.current !== null) cache.current.changed = true;
        onChange();
      });
    },
    [subscribe],
  );
  const getSnapshot = (): T => {
    const previous = cache.current;
    if (previous !== null && !previous.changed && inputs !== undefined && sameInputs(previous.inputs, inputs)) {
      return previous.value;
    }
    const next = read();
    const value = previous !== null && isEqual(previous.value, next) ? previous.value : next;
    cache.current = { value, inputs, changed: false };
    return value;
  };
  return useSyncExternalStore(subscribeTracked, getSnapshot);
}

function sameInputs(previous: readonly unknown[] | undefined, next: readonly unknown[]): boolean {
  return (
    previous !== undefined && previous.length === next.length && previous.every((input, i) => Object.is(input, next[i]))
  );
}
