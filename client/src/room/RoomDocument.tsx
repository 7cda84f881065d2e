import type { ClauseId, ClauseKind, Participant } from '@parley/shared';
import { useEffect, useMemo, useState } from 'react';
import { usePlenaryRoots } from '../yjs/usePlenaryRoots.ts';
import { AddClauseButtons } from './clauses/AddClauseButtons.tsx';
import { addClause } from './clauses/addClause.ts';
import { ClauseList } from './clauses/ClauseList.tsx';
import { useClauses } from './clauses/useClauses.ts';
import type { LocalUser } from './identity/LocalUser.ts';
import { PresenceList } from './presence/PresenceList.tsx';
import { useWriteRights } from './rights/useWriteRights.ts';
import { SessionHeader } from './session/SessionHeader.tsx';
import { useSessionMeta } from './session/useSessionMeta.ts';
import { EditNotKept } from './sync/EditNotKept.tsx';
import type { RoomConnection } from './sync/RoomConnection.ts';

interface RoomDocumentProps {
  readonly connection: RoomConnection;
  /** Who the server says we are: the write rules are evaluated for this participant. */
  readonly you: Participant;
  readonly user: LocalUser;
  /** False once the server stopped the connection for good: edits could never reach it. */
  readonly editable: boolean;
  /** The server's reason for refusing our last edit, until the user dismisses it. */
  readonly notKept: string | null;
  readonly onDismissNotKept: () => void;
}

/** The synced plenary document: the session's title, parties and who is here, then its text. */
export function RoomDocument({ connection, you, user, editable, notKept, onDismissNotKept }: RoomDocumentProps) {
  const roots = usePlenaryRoots(connection.doc);
  const meta = useSessionMeta(roots);
  const clauses = useClauses(roots);
  const rights = useWriteRights(roots, you);
  const clauseNumbers = useMemo(() => new Map(clauses.map((clause) => [clause.id, clause.number])), [clauses]);
  const [focusClauseId, setFocusClauseId] = useState<ClauseId | null>(null);

  useEffect(() => {
    document.title = meta.title ? `${meta.title} · Parley` : 'Parley';
  }, [meta.title]);

  const add = (kind: ClauseKind) => setFocusClauseId(addClause(roots, kind));

  return (
    <>
      <SessionHeader meta={meta} />
      <PresenceList awareness={connection.provider.awareness} parties={meta.parties} />
      {notKept !== null && <EditNotKept reason={notKept} clauseNumbers={clauseNumbers} onDismiss={onDismissNotKept} />}
      <section className="text stack" aria-labelledby="text-heading">
        <h2 id="text-heading">Draft text</h2>
        {you.role === 'observer' && (
          <p className="hint" data-testid="observer-hint">
            You are observing: you can follow the text as it is written, but not change it.
          </p>
        )}
        <ClauseList
          clauses={clauses}
          rights={rights}
          provider={connection.provider}
          user={user}
          focusClauseId={focusClauseId}
          editable={editable}
        />
        {rights.clauseSet.allowed && <AddClauseButtons onAdd={add} disabled={!editable} />}
      </section>
    </>
  );
}
