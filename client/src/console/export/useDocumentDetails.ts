import type { DocumentDetails, PlenaryRoots } from '@parley/shared';
import { readDocumentDetails } from '@parley/shared';
import { useCallback } from 'react';
import { observeDeep } from '../../state/observeDeep.ts';
import { samePlainValue } from '../../state/samePlainValue.ts';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** The exported documents' symbol, marking and date (`meta.document`), live from the plenary. */
export function useDocumentDetails(roots: PlenaryRoots): DocumentDetails {
  const subscribe = useCallback((onChange: () => void) => observeDeep(roots.meta, onChange), [roots]);
  return useYjsValue(subscribe, () => readDocumentDetails(roots), samePlainValue);
}
