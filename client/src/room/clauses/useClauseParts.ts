import type { ClauseComment, ClauseOption, PartyId, SignOff } from '@parley/shared';
import {
  clauseCommentSchema,
  clauseComments,
  clauseOptions,
  clauseSignOffs,
  readClauseOption,
  signOffSchema,
} from '@parley/shared';
import { useCallback } from 'react';
import * as Y from 'yjs';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** A clause's alternative wordings, live; typing inside an option does not re-render the list. */
export function useClauseOptions(record: Y.Map<unknown>): readonly ClauseOption[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const options = nestedOrNull(() => clauseOptions(record));
      if (options === null) return () => {};
      const onOptions = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        if (events.some((event) => event.target === options || event.target.parent === options)) onChange();
      };
      options.observeDeep(onOptions);
      return () => options.unobserveDeep(onOptions);
    },
    [record],
  );
  const read = (): ClauseOption[] => {
    const options = nestedOrNull(() => clauseOptions(record));
    return (options?.toArray() ?? []).flatMap((option) => {
      const read = option instanceof Y.Map ? readClauseOption(option) : null;
      return read ? [read] : [];
    });
  };
  return useYjsValue(subscribe, read, (a, b) => a.length === b.length && a.every((o, i) => sameOption(o, b[i])));
}

function sameOption(a: ClauseOption, b: ClauseOption | undefined): boolean {
  return b !== undefined && a.id === b.id && a.label === b.label && a.body === b.body;
}

/** Each party's sign-off of a clause, live. */
export function useSignOffs(record: Y.Map<unknown>): ReadonlyMap<PartyId, SignOff> {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const signoffs = nestedOrNull(() => clauseSignOffs(record));
      signoffs?.observe(onChange);
      return () => signoffs?.unobserve(onChange);
    },
    [record],
  );
  const read = (): Map<PartyId, SignOff> => {
    const map = new Map<PartyId, SignOff>();
    for (const [partyId, value] of nestedOrNull(() => clauseSignOffs(record))?.entries() ?? []) {
      const parsed = signOffSchema.safeParse(value);
      if (parsed.success) map.set(partyId as PartyId, parsed.data);
    }
    return map;
  };
  return useYjsValue(subscribe, read, (a, b) => JSON.stringify([...a]) === JSON.stringify([...b]));
}

/** Comments and textual proposals on a clause, oldest first, live. */
export function useComments(record: Y.Map<unknown>): readonly ClauseComment[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const comments = nestedOrNull(() => clauseComments(record));
      comments?.observe(onChange);
      return () => comments?.unobserve(onChange);
    },
    [record],
  );
  const read = (): ClauseComment[] =>
    (nestedOrNull(() => clauseComments(record))?.toArray() ?? []).flatMap((value) => {
      const parsed = clauseCommentSchema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
  return useYjsValue(subscribe, read, (a, b) => JSON.stringify(a) === JSON.stringify(b));
}

function nestedOrNull<T>(get: () => T): T | null {
  try {
    return get();
  } catch {
    return null;
  }
}
