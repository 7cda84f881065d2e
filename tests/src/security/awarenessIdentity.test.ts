import { CloseCodes } from '@parley/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** An awareness update written by hand: [clientId, clock, JSON state] entries. */
function awarenessUpdate(entries: [number, number, string][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

async function room() {
  const server = await startServer();
  const people = await sessionWithPeople(server.url);
  const watcher = await RawClient.connect(server.wsUrl, people.session.id, people.observer.token);
  await watcher.sync();
  return { server, watcher, ...people };
}

describe('presence carries the identity the server verified', () => {
  it('a delegate claiming to be the mediator appears under their own name, role and party', async () => {
    const { server, watcher, session, delegateA, partyA } = await room();
    const spoofer = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    const claimed = { user: { name: 'The Mediator', role: 'mediator', color: '#000000' }, cursor: { anchor: 3 } };
    spoofer.sendAwareness(awarenessUpdate([[4242, 1, JSON.stringify(claimed)]]));
    await waitFor(() => watcher.awareness.getStates().has(4242), 'the presence to arrive');
    const state = watcher.awareness.getStates().get(4242) as { user: Record<string, unknown>; cursor: unknown };
    expect(state.user).toEqual({
      participantId: delegateA.participantId,
      name: 'Delegate of A',
      role: 'delegate',
      partyId: partyA,
      color: '#0072b2',
    });
    expect(state.cursor).toEqual({ anchor: 3 });
    expect(spoofer.isOpen).toBe(true);
  });

  it('a connection cannot change or remove another connection’s presence (its entries are dropped)', async () => {
    const { server, watcher, session, delegateA, delegateB } = await room();
    const honest = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    honest.sendAwareness(awarenessUpdate([[1001, 1, JSON.stringify({ cursor: null })]]));
    await waitFor(() => watcher.awareness.getStates().has(1001), 'the honest presence');

    const other = await RawClient.connect(server.wsUrl, session.id, delegateB.token);
    other.sendAwareness(awarenessUpdate([[2002, 1, '{}']]));
    await waitFor(() => watcher.awareness.getStates().has(2002), 'the other presence');
    // Overwrite, then remove, A's presence; and claim it alongside B's own.
    other.sendAwareness(awarenessUpdate([[1001, 5, JSON.stringify({ cursor: { anchor: 99 } })]]));
    other.sendAwareness(awarenessUpdate([[1001, 6, 'null']]));
    other.sendAwareness(
      awarenessUpdate([
        [1001, 7, '{"cursor":1}'],
        [2002, 2, JSON.stringify({ cursor: { anchor: 5 } })],
      ]),
    );
    await waitFor(
      () => (watcher.awareness.getStates().get(2002) as { cursor?: unknown } | undefined)?.cursor !== undefined,
      'B’s own update to apply',
    );
    const state = watcher.awareness.getStates().get(1001) as { user: { participantId: string }; cursor: unknown };
    expect(state.user.participantId).toBe(delegateA.participantId);
    expect(state.cursor).toBeNull();
    expect(other.isOpen).toBe(true);
  });

  it('two official providers in one room see each other with verified names (echoed presence is harmless)', async () => {
    const { server, session, delegateA, delegateB } = await room();
    const a = await connectProvider(server.wsUrl, session.id, { token: delegateA.token });
    const b = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });
    a.provider.awareness.setLocalStateField('user', { name: 'I am the mediator' });
    b.provider.awareness.setLocalStateField('user', { name: 'B' });
    const names = (p: typeof a) =>
      [...p.provider.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name).sort();
    await waitFor(() => names(b).includes('Delegate of A') && names(a).includes('Делегат B'), 'both presences');
    // Each sees its own local state and the other's as the server verified it, not as claimed.
    expect(names(a)).toEqual(['I am the mediator', 'Делегат B']);
    expect(names(b)).toEqual(['B', 'Delegate of A']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(a.closes).toEqual([]);
    expect(b.closes).toEqual([]);
  });

  it('one awareness client id per connection: a second id is never applied', async () => {
    const { server, watcher, session, delegateA } = await room();
    const client = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    client.sendAwareness(awarenessUpdate([[7, 1, '{}']]));
    client.sendAwareness(awarenessUpdate([[8, 1, '{}']]));
    client.sendAwareness(awarenessUpdate([[7, 2, '{"cursor":3}']]));
    await waitFor(
      () => (watcher.awareness.getStates().get(7) as { cursor?: number } | undefined)?.cursor === 3,
      'own id',
    );
    expect(watcher.awareness.getStates().has(8)).toBe(false);
  });

  it.each([
    ['state that is not JSON', '{oops', 'not JSON'],
    ['an array as state', '[1,2]', 'object'],
    ['a state over 16 KiB', JSON.stringify({ blob: 'x'.repeat(20_000) }), 'bytes'],
  ])('presence with %s closes with 4400', async (_what, state, reason) => {
    const { server, session, delegateA, watcher } = await room();
    const client = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    client.sendAwareness(awarenessUpdate([[9, 1, state]]));
    const closed = await client.closedWithin(2000, 'bad presence');
    expect(closed.code).toBe(CloseCodes.MalformedMessage.code);
    expect(closed.reason).toContain(reason);
    expect(watcher.awareness.getStates().has(9)).toBe(false);
  });

  it('a closed connection’s presence is removed for everyone', async () => {
    const { server, watcher, session, delegateA } = await room();
    const client = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    client.sendAwareness(awarenessUpdate([[31, 1, '{}']]));
    await waitFor(() => watcher.awareness.getStates().has(31), 'presence');
    client.close();
    await waitFor(() => !watcher.awareness.getStates().has(31), 'presence to be removed');
  });
});
