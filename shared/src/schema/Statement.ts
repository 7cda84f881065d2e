import * as Y from 'yjs';
import type { AgendaItemId, PartyId } from '../ids.ts';
import { ID_PATTERN } from '../ids.ts';
import type { PlenaryRoots } from './roots.ts';

/** A party's position on one agenda item: key `<partyId>/<agendaItemId>` in `statements`. */
export function statementKey(partyId: PartyId, itemId: AgendaItemId): string {
  return `${partyId}/${itemId}`;
}

export function parseStatementKey(key: string): { partyId: PartyId; itemId: AgendaItemId } | null {
  const [partyId, itemId, ...rest] = key.split('/');
  if (rest.length > 0 || partyId === undefined || itemId === undefined) return null;
  if (!ID_PATTERN.test(partyId) || !ID_PATTERN.test(itemId)) return null;
  return { partyId: partyId as PartyId, itemId: itemId as AgendaItemId };
}

export function readStatement(roots: PlenaryRoots, partyId: PartyId, itemId: AgendaItemId): Y.XmlFragment | null {
  const statement = roots.statements.get(statementKey(partyId, itemId));
  return statement instanceof Y.XmlFragment ? statement : null;
}

/** The statement's fragment, created empty on first use (by whoever may write it). */
export function ensureStatement(roots: PlenaryRoots, partyId: PartyId, itemId: AgendaItemId): Y.XmlFragment {
  const existing = readStatement(roots, partyId, itemId);
  if (existing) return existing;
  const fragment = new Y.XmlFragment();
  roots.statements.set(statementKey(partyId, itemId), fragment);
  return fragment;
}
