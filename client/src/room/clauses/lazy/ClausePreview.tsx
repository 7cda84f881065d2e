import type { Ref } from 'react';
import { useIdentity } from '../../../state/IdentityContext.ts';
import { useYText } from '../../../yjs/useYText.ts';
import type { StaticTextRenderer } from '../../editor/useStaticTextRenderer.ts';
import { useRoom } from '../../session/RoomContext.ts';
import { ClauseNumber } from '../ClauseNumber.tsx';
import { ClauseStatusBadge } from '../ClauseStatusBadge.tsx';
import { useClauseLife } from '../useClauseLife.ts';
import type { ClauseSummary } from '../useClauses.ts';
import type { Activation } from './ClauseText.tsx';
import { StaticClauseText } from './ClauseText.tsx';

/**
 * A clause of a long draft far from the screen: its number, heading, status and text, drawn without
 * an editor or the card's controls (sign-offs, comments, options), which come with the full card as
 * it scrolls near. The same list item, so counting and reading the clauses is unchanged.
 */
export function ClausePreview({
  clause,
  readOnly,
  editable,
  draw,
  itemRef,
  onActivate,
}: {
  clause: ClauseSummary;
  /** The rules do not let the local participant change this clause's text. */
  readOnly: boolean;
  /** The local participant may change the text now (the rules allow it and the server is reachable). */
  editable: boolean;
  draw: StaticTextRenderer;
  itemRef: Ref<HTMLLIElement>;
  onActivate: (activation: Activation) => void;
}) {
  const { you } = useIdentity();
  const { parties } = useRoom();
  const [heading] = useYText(clause.heading);
  const life = useClauseLife(clause.record, parties, you);
  const labelId = `clause-${clause.id}-label`;
  return (
    <li
      ref={itemRef}
      className={`clause clause--${clause.kind} clause--preview${readOnly ? ' clause--read-only' : ''}`}
      data-testid="clause"
      data-clause-id={clause.id}
      data-clause-kind={clause.kind}
      data-clause-status={life.status}
    >
      <div className="clause__header">
        <ClauseNumber id={labelId} kind={clause.kind} number={clause.number} />
        {heading && (
          <p className="clause__heading clause__heading--read-only" dir="auto" data-testid="clause-heading">
            {heading}
          </p>
        )}
        <span className="clause__badges">
          <ClauseStatusBadge status={life.status} />
        </span>
      </div>
      <div className="clause__body" data-testid="clause-body">
        <StaticClauseText
          fragment={clause.body}
          draw={draw}
          labelledBy={labelId}
          editable={editable}
          onActivate={onActivate}
        />
      </div>
    </li>
  );
}
