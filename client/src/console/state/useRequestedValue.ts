import { useEffect, useState } from 'react';

export interface RequestedValue<T> {
  /** What the control shows: the value asked for while the command is on its way, else the document's. */
  readonly shown: T;
  readonly request: (value: T) => void;
  /** The command was refused: show the document's value again. */
  readonly cancel: () => void;
}

/**
 * Keeps a control (a switch, a select) on the value the mediator chose until the document, which only
 * the server writes, catches up; a refusal puts it back. Without it the control would snap back for the
 * moment between the click and the sync.
 */
export function useRequestedValue<T>(actual: T): RequestedValue<T> {
  // `base` is the document's value when the request was made: once the document moves off it (to the
  // value asked for, or to whatever another mediator chose meanwhile), the document is shown again.
  const [pending, setPending] = useState<{ value: T; base: T } | null>(null);
  useEffect(() => {
    if (pending !== null && !Object.is(pending.base, actual)) setPending(null);
  }, [pending, actual]);
  return {
    shown: pending === null ? actual : pending.value,
    request: (value) => setPending({ value, base: actual }),
    cancel: () => setPending(null),
  };
}
