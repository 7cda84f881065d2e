import type { AgendaItem, AgendaItemId, Party, PartyId, PlenaryRoots, Verdict } from '@parley/shared';
import { appendParagraph, ensureStatement, readStatement } from '@parley/shared';
import { useMemo, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { holderLook } from '../editor/holderLook.ts';
import type { BracketRules } from '../editor/RichTextEditor.tsx';
import { RichText, useRichTextEditor } from '../editor/RichTextEditor.tsx';
import type { WriteRights } from '../rights/useWriteRights.ts';
import { verdictReason } from '../rights/verdictReason.ts';
import { useRoom } from '../session/RoomContext.ts';
import { useStatement } from './useStatement.ts';

interface PositionsBoardProps {
  readonly roots: PlenaryRoots;
  readonly provider: WebsocketProvider;
  readonly items: readonly AgendaItem[];
  readonly currentItemId: string | null;
  readonly rights: WriteRights;
  readonly connected: boolean;
}

const NO_RIGHT: Verdict = { allowed: false, reason: 'unknown party' };

/**
 * The positions board: each party's statement on each agenda item, side by side. Delegates write
 * their own party's row, the mediator any; everyone else reads.
 */
export default function PositionsBoard({
  roots,
  provider,
  items,
  currentItemId,
  rights,
  connected,
}: PositionsBoardProps) {
  const { you } = useIdentity();
  const { parties } = useRoom();
  const { text } = useMessages();
  const brackets = useMemo<BracketRules>(
    () => ({
      describeHolder: (holder) => holderLook(parties, holder),
      mayLift: () => true,
      ownParty: undefined,
      onBlocked: () => {},
    }),
    [parties],
  );
  if (items.length === 0) {
    return (
      <p className="empty" data-testid="positions-empty">
        {text('positions.empty')}
      </p>
    );
  }
  return (
    <section className="positions__scroll" aria-labelledby="positions-caption">
      <table className="positions" data-testid="positions">
        <caption id="positions-caption" className="positions__caption">
          {you.partyId ? text('positions.captionDelegate') : text('positions.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="positions__corner">
              {text('positions.party')}
            </th>
            {items.map((item, index) => (
              <th
                key={item.id}
                scope="col"
                className={item.id === currentItemId ? 'positions__item positions__item--current' : 'positions__item'}
                aria-current={item.id === currentItemId ? 'step' : undefined}
              >
                {index + 1}. {item.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => (
            <tr
              key={party.id}
              className={party.id === you.partyId ? 'positions__row positions__row--yours' : 'positions__row'}
              data-testid="positions-row"
              data-party-id={party.id}
            >
              <th scope="row" className="positions__party" style={{ borderInlineStartColor: party.color }}>
                <span className="party__swatch" style={{ backgroundColor: party.color }} aria-hidden="true" />
                {party.name}
                {party.id === you.partyId && <span className="positions__yours">{text('positions.yours')}</span>}
              </th>
              {items.map((item, index) => (
                <td key={item.id} className="positions__cell" data-testid="statement" data-item-id={item.id}>
                  <StatementCell
                    roots={roots}
                    provider={provider}
                    party={party}
                    item={item}
                    itemNumber={index + 1}
                    verdict={rights.statements.get(party.id) ?? NO_RIGHT}
                    connected={connected}
                    brackets={brackets}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface StatementCellProps {
  readonly roots: PlenaryRoots;
  readonly provider: WebsocketProvider;
  readonly party: Party;
  readonly item: AgendaItem;
  readonly itemNumber: number;
  readonly verdict: Verdict;
  readonly connected: boolean;
  readonly brackets: BracketRules;
}

function StatementCell(props: StatementCellProps) {
  const { roots, party, item, itemNumber, verdict, connected } = props;
  const fragment = useStatement(roots, party.id, item.id);
  const [started, setStarted] = useState(false);
  const { text } = useMessages();
  const labelId = `statement-${party.id}-${item.id}-label`;
  const label = (
    <span id={labelId} className="visually-hidden">
      {text('positions.cellLabel', { party: party.name, number: itemNumber, title: item.title })}
    </span>
  );
  const mayWrite = verdict.allowed && connected;

  if (fragment !== null) {
    return (
      <>
        {label}
        <StatementEditor {...props} fragment={fragment} labelId={labelId} autoFocus={started} />
      </>
    );
  }
  if (!mayWrite) {
    return (
      <p className="positions__none">
        {label}
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{text('positions.none')}</span>
      </p>
    );
  }
  const start = () => {
    startStatement(roots, party.id, item.id);
    setStarted(true);
  };
  return (
    <button type="button" className="positions__start" onClick={start} data-testid="statement-start">
      {text('positions.write', { party: party.name })}
      <span className="visually-hidden"> {text('positions.writeOn', { number: itemNumber, title: item.title })}</span>
    </button>
  );
}

function StatementEditor({
  provider,
  fragment,
  labelId,
  verdict,
  connected,
  brackets,
  autoFocus,
  party,
}: StatementCellProps & { fragment: Y.XmlFragment; labelId: string; autoFocus: boolean }) {
  const { user } = useRoom();
  const reason = verdictReason({ kind: 'statement', partyId: party.id as PartyId }, verdict);
  const editor = useRichTextEditor({
    fragment,
    provider,
    user,
    labelledBy: labelId,
    editable: connected && reason === null,
    brackets,
    autoFocus,
  });
  return <RichText editor={editor} className="positions__text" />;
}

/**
 * Creates the statement's fragment with one empty paragraph (so two people starting it at once do
 * not each add a paragraph). Allowed for the party's delegates and the mediator.
 */
function startStatement(roots: PlenaryRoots, partyId: PartyId, itemId: AgendaItemId): void {
  const doc = roots.statements.doc;
  if (!doc) return;
  doc.transact(() => {
    if (readStatement(roots, partyId, itemId) !== null) return;
    appendParagraph(ensureStatement(roots, partyId, itemId), '');
  });
}
