import {
  CloseCodes,
  fragmentPlainText,
  insertClause,
  PlenaryRoot,
  plenaryRoots,
  readClausesInOrder,
} from '@parley/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { seededRandom } from '../helpers/seededRandom.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

/** Garbage of several shapes: raw bytes, and valid envelopes around random payloads. */
function hostileFrame(next: () => number): Uint8Array {
  const shape = Math.floor(next() * 4);
  const payload = randomBytes(next, 1 + Math.floor(next() * 64));
  if (shape === 0) return payload;
  const encoder = encoding.createEncoder();
  if (shape === 1) {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1 + Math.floor(next() * 2));
    encoding.writeVarUint8Array(encoder, payload);
  } else if (shape === 2) {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, payload);
  } else {
    // An absurd length prefix: claims far more bytes than the frame holds.
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint(encoder, 0xfffffff);
    encoding.writeUint8Array(encoder, payload);
  }
  return encoding.toUint8Array(encoder);
}

const PLENARY_ROOTS = Object.values(PlenaryRoot);
const clauseTexts = (doc: Y.Doc) => readClausesInOrder(plenaryRoots(doc)).map((c) => fragmentPlainText(c.body));

describe('hostile frames', () => {
  it('1,000 random frames close only their own connections; the room keeps syncing and storage is unchanged', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, delegateB } = await sessionWithPeople(server.url);
    const editor = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const bystander = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });
    insertClause(plenaryRoots(editor.doc), { kind: 'operative', text: 'Before' });
    await waitFor(() => clauseTexts(bystander.doc)[0] === 'Before', 'the first clause to sync');

    const next = seededRandom(20261125);
    const closeCodes = new Map<number, number>();
    const frames = 1000;
    const parallel = 20;
    for (let round = 0; round < frames / parallel; round++) {
      await Promise.all(
        Array.from({ length: parallel }, async () => {
          const attacker = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
          attacker.send(hostileFrame(next));
          // A frame the server could not fault closes the socket; one it accepted (e.g. an awareness
          // update that happens to parse) leaves it open: close it ourselves after a moment.
          const outcome = await Promise.race([
            attacker.closed,
            new Promise<null>((resolve) => setTimeout(() => resolve(null), 200)),
          ]);
          const code = outcome?.code ?? 0;
          closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
          attacker.close();
        }),
      );
    }
    // Every refused frame was refused as malformed (4400) or by the update gate (4403), never by a crash (1006).
    const refusalCodes: number[] = [CloseCodes.MalformedMessage.code, CloseCodes.Forbidden.code];
    expect(closeCodes.get(1006) ?? 0).toBe(0);
    const refused = refusalCodes.reduce((sum, code) => sum + (closeCodes.get(code) ?? 0), 0);
    expect(refused).toBeGreaterThan(frames * 0.9);
    expect([...closeCodes.keys()].every((code) => code === 0 || refusalCodes.includes(code))).toBe(true);

    // Legitimate clients were not disturbed: still connected, still syncing.
    expect(editor.closes).toEqual([]);
    expect(bystander.closes).toEqual([]);
    insertClause(plenaryRoots(editor.doc), { kind: 'operative', text: 'After' });
    await waitFor(() => clauseTexts(bystander.doc).includes('After'), 'an edit after the attack to sync');

    // Nothing of the garbage reached the document: its state is exactly the legitimate edits.
    const fresh = await RawClient.connect(server.wsUrl, session.id, delegateB.token);
    await fresh.sync();
    expect(clauseTexts(fresh.doc)).toEqual(['Before', 'After']);
    expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(editor.doc));
    expect([...fresh.doc.share.keys()].every((root) => (PLENARY_ROOTS as string[]).includes(root))).toBe(true);
  });

  it('a frame over the size limit closes with 4413 and a reason naming the limit; the server stays up', async () => {
    const server = await startServer({ maxMessageBytes: 64 * 1024 });
    const { session, delegateA, delegateB } = await sessionWithPeople(server.url);
    const bystander = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });
    const attacker = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    const big = new Uint8Array(100 * 1024);
    big[0] = 1;
    attacker.send(big);
    const closed = await attacker.closed;
    expect(closed.code).toBe(CloseCodes.MessageTooBig.code);
    expect(closed.reason).toContain('limit 65536');

    const huge = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    huge.send(new Uint8Array(4 * 1024 * 1024));
    expect((await huge.closed).code).toBe(CloseCodes.FrameTooBig.code);

    const text = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    text.ws.send('hello');
    expect((await text.closed).code).toBe(CloseCodes.MalformedMessage.code);

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(bystander.closes).toEqual([]);
    const later = await connectProvider(server.wsUrl, session.id, { token: delegateA.token });
    expect(later.provider.synced).toBe(true);
  });

  it('the official provider stops after a 4413 instead of resending the oversized update forever', async () => {
    const server = await startServer({ maxMessageBytes: 16 * 1024 });
    const { session, mediator } = await sessionWithPeople(server.url);
    const client = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const closed: { code: number; reason: string }[] = [];
    client.provider.on('closed', (event) => closed.push(event));
    insertClause(plenaryRoots(client.doc), { kind: 'operative', text: 'x'.repeat(40 * 1024) });
    await waitFor(() => closed.length === 1, 'the provider to give up');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(client.closes.map((c) => c.code)).toEqual([CloseCodes.MessageTooBig.code]);
    expect(client.provider.shouldConnect).toBe(false);
    expect(await server.storage.countUpdates(session.id)).toBe(1);
  });
});
