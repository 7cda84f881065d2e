import type { OpenBracket } from '@parley/shared';
import { openBracketsOf, readClause } from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { samePlainValue } from '../../state/samePlainValue.ts';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

const NONE: readonly OpenBracket[] = [];

/** The original's open brackets (holder, reason, note, words), live: what a translator carries over. */
export function useOriginalBrackets(record: Y.Map<unknown>): readonly OpenBracket[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      record.observeDeep(onChange);
      return () => record.unobserveDeep(onChange);
    },
    [record],
  );
  const read = () => {
    const clause = readClause(record);
    return clause ? openBracketsOf(clause) : NONE;
  };
  return useYjsValue(subscribe, read, samePlainValue);
}
