import { useCallback } from 'react';
import type * as Y from 'yjs';
import { observeDeep } from '../../state/observeDeep.ts';
import { samePlainValue } from '../../state/samePlainValue.ts';
import { useYjsValue } from '../../yjs/useYjsValue.ts';
import type { PendingSuggestion } from './readSuggestions.ts';
import { readSuggestions } from './readSuggestions.ts';

/** A clause's pending suggestions, live (re-read on any change inside the clause record). */
export function useClauseSuggestions(record: Y.Map<unknown>): readonly PendingSuggestion[] {
  const subscribe = useCallback((onChange: () => void) => observeDeep(record, onChange), [record]);
  return useYjsValue(subscribe, () => readSuggestions(record), samePlainValue);
}
