import { expect } from 'vitest';
import { command } from '../helpers/api.ts';
import type { TestServer } from '../helpers/startServer.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { preparedSession } from '../security/sessionFixture.ts';

export const SYMBOL = 'PARLEY/2026/3/Rev.2';

/** Words enough for a paragraph of several lines: a draft of a dozen of them runs over three pages. */
const long = (n: number) =>
  `The Parties shall, in accordance with paragraph ${n} and without prejudice to their positions, ` +
  'cooperate in good faith on the management of the shared watercourse. ' +
  'They shall exchange hydrological data at regular intervals, notify each other of planned measures ' +
  'that may have a significant adverse effect, and consult with a view to reaching an equitable and ' +
  'reasonable utilisation of the basin, taking into account the needs of present and future generations.';

/**
 * A draft long enough for several pages: preambular paragraphs, a dozen operative ones (one bracketed
 * by Ruritania, one agreed by both, one with options), and the mediator's symbol, marking and date.
 */
export async function longDraft(server: TestServer): Promise<PreparedSession> {
  const f = await preparedSession(server, { bracketedAndAgreed: true });
  const send = async (body: Record<string, unknown>) => {
    const answer = await command(server.url, f.session.id, f.mediator.token, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as Record<string, unknown>;
  };
  // Before the fixture's operative clauses, in this order.
  const preamble = ['Recalling the Charter of the United Nations,', 'Mindful of the needs of the riparian peoples,'];
  for (const [index, words] of preamble.entries()) {
    await send({ type: 'clause.add', kind: 'preamble', text: words, index });
  }
  for (let n = 1; n <= 12; n++) await send({ type: 'clause.add', kind: 'operative', text: long(n) });
  await send({ type: 'clause.addOption', clauseId: f.openClause, label: 'Annual meetings' });
  await send({ type: 'document.details', symbol: SYMBOL, marking: 'draft', date: '2026-12-01' });
  return f;
}
