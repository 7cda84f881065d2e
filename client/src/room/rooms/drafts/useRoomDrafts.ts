import type { RoomDraft, Tabling } from '@parley/shared';
import { readRoomDrafts, readTablings, roomDrafts, roomTablings } from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useYjsValue } from '../../../yjs/useYjsValue.ts';

/** A room's draft with what the server recorded of its tablings, newest last. */
export interface DraftEntry {
  readonly draft: RoomDraft;
  readonly tablings: readonly Tabling[];
}

/**
 * The drafts of a breakout room's document, live: re-read when a draft is added or removed or the
 * server records a tabling, not on every keystroke inside a draft (that belongs to its editor).
 */
export function useRoomDrafts(doc: Y.Doc): readonly DraftEntry[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const drafts = roomDrafts(doc);
      const tablings = roomTablings(doc);
      drafts.observe(onChange);
      tablings.observe(onChange);
      return () => {
        drafts.unobserve(onChange);
        tablings.unobserve(onChange);
      };
    },
    [doc],
  );
  const read = (): DraftEntry[] =>
    readRoomDrafts(doc).map((draft) => ({ draft, tablings: readTablings(doc, draft.id) }));
  return useYjsValue(subscribe, read, sameEntries);
}

function sameEntries(a: readonly DraftEntry[], b: readonly DraftEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        entry.draft.id === other.draft.id &&
        entry.draft.body === other.draft.body &&
        entry.tablings.length === other.tablings.length
      );
    })
  );
}
