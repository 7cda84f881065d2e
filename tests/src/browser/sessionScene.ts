import type { CreateSessionResponse } from '@parley/shared';
import {
  appendParagraph,
  BRACKET_MARK,
  clauseRecord,
  ensureStatement,
  plenaryRoots,
  readAgenda,
  readClause,
  readClausesInOrder,
} from '@parley/shared';
import * as Y from 'yjs';
import { command } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** What a seeded session holds, for tests to find their way. */
export interface Scene {
  readonly itemIds: string[];
  readonly clauseIds: string[];
}

async function ok(baseUrl: string, sessionId: string, token: string, body: Record<string, unknown>) {
  const response = await command(baseUrl, sessionId, token, body);
  if (response.status !== 200) throw new Error(`${String(body.type)} failed: ${JSON.stringify(response.body)}`);
  return response.body as Record<string, unknown>;
}

/**
 * A session part-way through its talks, set up by the mediator through commands and their own sync
 * connection: an agenda with a current item, a preamble and three operative clauses (one bracketed
 * by the second party, one with two options), statements of the first party, a comment.
 */
export async function seedTalks(
  baseUrl: string,
  wsUrl: string,
  session: CreateSessionResponse,
  mediatorToken: string,
): Promise<Scene> {
  const send = (body: Record<string, unknown>) => ok(baseUrl, session.id, mediatorToken, body);
  const itemIds: string[] = [];
  for (const [title, minutes] of [
    ['Opening statements', 20],
    ['Water allocation', 45],
    ['Joint commission', 30],
  ] as const) {
    itemIds.push(String((await send({ type: 'agenda.add', title, timeboxMinutes: minutes })).itemId));
  }
  await send({ type: 'agenda.setCurrent', itemId: itemIds[1] });
  await send({ type: 'agenda.setState', itemId: itemIds[0], state: 'concluded' });
  const clauseIds: string[] = [];
  for (const clause of [
    { kind: 'preamble', text: 'Recalling the Treaty of Zenda of 1894 and the shared history of the northern basin,' },
    { kind: 'preamble', text: 'Recognising the needs of the people living along the river,' },
    {
      kind: 'operative',
      heading: 'Water allocation',
      text: 'The Parties shall share the waters of the northern basin equitably and reasonably.',
    },
    {
      kind: 'operative',
      heading: 'Joint commission',
      text: 'A joint commission of six members shall monitor the flow of the river.',
    },
    { kind: 'operative', heading: 'Dispute settlement', text: 'Disputes shall be settled by the Parties.' },
  ]) {
    clauseIds.push(String((await send({ type: 'clause.add', ...clause })).clauseId));
  }
  await send({ type: 'clause.addOption', clauseId: clauseIds[4], label: 'Option 1' });
  await send({ type: 'clause.addOption', clauseId: clauseIds[4], label: 'Option 2' });

  // The mediator's own connection writes what commands do not: option wording, a bracket, statements.
  const mediator = await connectProvider(wsUrl, session.id, { token: mediatorToken });
  const roots = plenaryRoots(mediator.doc);
  const [partyA, partyB] = session.parties.map((party) => party.id);
  await waitFor(() => readClausesInOrder(roots).length === 5 && readAgenda(roots).length === 3, 'the seeded text');
  mediator.doc.transact(() => {
    const options = readClausesInOrder(roots)[4]?.options ?? [];
    if (options[0])
      appendParagraph(options[0].body, 'Disputes shall be referred to the International Court of Justice.');
    if (options[1]) appendParagraph(options[1].body, 'Disputes shall be referred to an arbitral tribunal of three.');
    const record = clauseRecord(roots, clauseIds[2] as never);
    const paragraph = record ? readClause(record)?.body.get(0) : undefined;
    const line = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (line instanceof Y.XmlText) {
      const text = line.toString();
      const word = 'equitably and reasonably';
      line.format(text.indexOf(word), word.length, {
        [BRACKET_MARK]: { holder: partyB, reason: 'linkedIssue', note: 'depends on article 2' },
      });
    }
    appendParagraph(
      ensureStatement(roots, partyA as never, itemIds[0] as never),
      'Ruritania seeks a fair share of the basin’s waters for its farmers.',
    );
    appendParagraph(
      ensureStatement(roots, partyB as never, itemIds[0] as never),
      'Borduria recalls its historic rights to the upper river.',
    );
    appendParagraph(
      ensureStatement(roots, partyB as never, itemIds[1] as never),
      'A fixed share of 60 % in the dry season, reviewed every five years.',
    );
  });
  await waitFor(() => mediator.provider.synced, 'the mediator’s edits to be sent');
  mediator.provider.destroy();
  return { itemIds, clauseIds };
}

/** Replaces `before` with `after` in a clause's first paragraph, as an editor bound to `doc` would. */
export function rewriteClause(doc: Y.Doc, clauseIndex: number, before: string, after: string): void {
  const paragraph = readClausesInOrder(plenaryRoots(doc))[clauseIndex]?.body.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error(`clause ${clauseIndex} has no text`);
  const at = text.toString().indexOf(before);
  if (at < 0) throw new Error(`"${before}" is not in "${text.toString()}"`);
  doc.transact(() => {
    text.delete(at, before.length);
    text.insert(at, after);
  });
}
