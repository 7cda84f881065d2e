import type { ClauseId, ClauseKind } from '@parley/shared';
import { useEffect, useState } from 'react';
import { usePlenaryRoots } from '../yjs/usePlenaryRoots.ts';
import { AddClauseButtons } from './clauses/AddClauseButtons.tsx';
import { addClause } from './clauses/addClause.ts';
import { ClauseList } from './clauses/ClauseList.tsx';
import { useClauses } from './clauses/useClauses.ts';
import type { LocalUser } from './identity/LocalUser.ts';
import { SessionHeader } from './session/SessionHeader.tsx';
import { useSessionMeta } from './session/useSessionMeta.ts';
import type { RoomConnection } from './sync/RoomConnection.ts';

interface RoomDocumentProps {
  readonly connection: RoomConnection;
  readonly user: LocalUser;
  /** False once the server stopped the connection for good: edits could never reach it. */
  readonly editable: boolean;
}

/** The synced plenary document: the session's title and parties, then its text. */
export function RoomDocument({ connection, user, editable }: RoomDocumentProps) {
  const roots = usePlenaryRoots(connection.doc);
  const meta = useSessionMeta(roots);
  const clauses = useClauses(roots);
  const [focusClauseId, setFocusClauseId] = useState<ClauseId | null>(null);

  useEffect(() => {
    document.title = meta.title ? `${meta.title} · Parley` : 'Parley';
  }, [meta.title]);

  const add = (kind: ClauseKind) => setFocusClauseId(addClause(roots, kind));

  return (
    <>
      <SessionHeader meta={meta} />
      <section className="text stack" aria-labelledby="text-heading">
        <h2 id="text-heading">Draft text</h2>
        <ClauseList
          clauses={clauses}
          provider={connection.provider}
          user={user}
          focusClauseId={focusClauseId}
          editable={editable}
        />
        <AddClauseButtons onAdd={add} disabled={!editable} />
      </section>
    </>
  );
}
