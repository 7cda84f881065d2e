import { BRACKET_MARK, CloseCodes, clauseRecord, plenaryRoots, readClause } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';

function firstLine(doc: Y.Doc, f: PreparedSession): Y.XmlText {
  const record = clauseRecord(plenaryRoots(doc), f.openClause);
  const paragraph = record ? readClause(record)?.body.get(0) : undefined;
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

const bracketed = (doc: Y.Doc, f: PreparedSession) =>
  firstLine(doc, f)
    .toDelta()
    .some((op: { attributes?: Record<string, unknown> }) => op.attributes?.[BRACKET_MARK] !== undefined);

describe('brackets through the real server', () => {
  it('a bracket lifted by the wrong party is refused by the update gate; its holder lifts it, and the log records both acts', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });

    const a = await RawClient.connect(server.wsUrl, f.session.id, f.delegateA.token);
    await a.sync();
    forwardLocalUpdates(a);
    firstLine(a.doc, f).format(4, 6, { [BRACKET_MARK]: { holder: f.partyA, reason: 'awaitingInstructions' } });
    await waitFor(() => bracketed(watcher.doc, f), 'the bracket to reach everyone');

    const b = await RawClient.connect(server.wsUrl, f.session.id, f.delegateB.token);
    await b.sync();
    forwardLocalUpdates(b);
    firstLine(b.doc, f).format(4, 6, { [BRACKET_MARK]: null });
    const closed = await b.closedWithin(2000, 'wrong party lifting');
    expect(closed.code).toBe(CloseCodes.Forbidden.code);
    expect(closed.reason).toContain('only Ruritania or the mediator');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bracketed(watcher.doc, f)).toBe(true);

    firstLine(a.doc, f).format(4, 6, { [BRACKET_MARK]: null });
    await waitFor(() => !bracketed(watcher.doc, f), 'the holder to lift the bracket');
    expect(a.isOpen).toBe(true);

    const audit = await fetch(`${server.url}/api/sessions/${f.session.id}/audit`, {
      headers: { authorization: `Bearer ${f.mediator.token}` },
    });
    const actions = (
      (await audit.json()) as { entries: { action: string; participantId: string; detail: { holder?: string } }[] }
    ).entries;
    expect(actions.find((e) => e.action === 'bracket.added')).toMatchObject({
      participantId: f.delegateA.participantId,
      detail: { holder: f.partyA },
    });
    expect(actions.find((e) => e.action === 'bracket.lifted')).toMatchObject({
      participantId: f.delegateA.participantId,
    });
    expect(actions.find((e) => e.action === 'update.refused')).toMatchObject({
      participantId: f.delegateB.participantId,
    });
  });
});
