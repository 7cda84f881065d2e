import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocConnection } from '../room/sync/DocConnection.ts';

/** A refusal this soon after a reset cannot be an edit of the person's: resetting again would only loop. */
const RESET_LOOP_MS = 5_000;

export interface LocalCopyReset {
  /** The key of the component holding the document: a new one loads the text afresh from the server. */
  readonly generation: number;
  /** The server's reason for the edit that was not kept, until dismissed. */
  readonly notKept: string | null;
  readonly dismiss: () => void;
  /** Call once the refused local copy is forgotten (see `useDiscardRefusedCopy`). */
  readonly onRefused: (reason: string) => void;
}

/**
 * What a document view does when the server refuses an edit (4403), in the plenary and in every
 * side room: it is mounted afresh (a new `Y.Doc` loaded from the server) and the person is told what
 * was not kept. A second refusal right after a reset goes to `onLoop` instead: reloading again would
 * not help.
 */
export function useLocalCopyReset(onLoop: (reason: string) => void): LocalCopyReset {
  const [generation, setGeneration] = useState(0);
  const [notKept, setNotKept] = useState<string | null>(null);
  const lastReset = useRef(Number.NEGATIVE_INFINITY);
  const onRefused = useCallback(
    (reason: string) => {
      const now = Date.now();
      if (now - lastReset.current < RESET_LOOP_MS) {
        onLoop(reason);
        return;
      }
      lastReset.current = now;
      setNotKept(reason);
      setGeneration((value) => value + 1);
    },
    [onLoop],
  );
  const dismiss = useCallback(() => setNotKept(null), []);
  return { generation, notKept, dismiss, onRefused };
}

/**
 * Inside the view: once the server refused an edit, this device's copy still holds it, so it is
 * forgotten before the text is loaded again.
 */
export function useDiscardRefusedCopy(
  connection: DocConnection | null,
  refused: { readonly reason: string } | null,
  onRefused: (reason: string) => void,
): void {
  useEffect(() => {
    if (refused === null || connection === null) return;
    const { reason } = refused;
    void connection.discardLocalCopy().then(() => onRefused(reason));
  }, [refused, connection, onRefused]);
}
