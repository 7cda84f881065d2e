import type { Role } from '@parley/shared';
import { DEFAULT_SESSION_SETTINGS, mayReadRevisions, plenaryRoots, readSettings } from '@parley/shared';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { observeDeep } from '../state/observeDeep.ts';
import { useYjsValue } from '../yjs/useYjsValue.ts';

/**
 * Whether the room offers "Download the draft": the shared rule, live from the plenary's settings
 * (an observer sees the menu appear the moment the mediator allows it). Before the document is open
 * the settings are the defaults, so an observer is not offered it for a moment by mistake.
 */
export function useMayExportDraft(doc: Y.Doc | null, role: Role): boolean {
  const roots = useMemo(() => (doc === null ? null : plenaryRoots(doc)), [doc]);
  const subscribe = useCallback(
    (onChange: () => void) => (roots === null ? () => {} : observeDeep(roots.meta, onChange)),
    [roots],
  );
  const read = () => mayReadRevisions(role, roots === null ? DEFAULT_SESSION_SETTINGS : readSettings(roots));
  return useYjsValue(subscribe, read, Object.is);
}
