import { CloseCodes } from '@parley/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { sessionWithPeople } from '../helpers/api.ts';
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

  it('a connection cannot change or remove another connection’s presence', async () => {
    const { server, watcher, session, delegateA, delegateB } = await room();
    const honest = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    honest.sendAwareness(awarenessUpdate([[1001, 1, JSON.stringify({ cursor: null })]]));
    await waitFor(() => watcher.awareness.getStates().has(1001), 'the honest presence');

    const overwrite = await RawClient.connect(server.wsUrl, session.id, delegateB.token);
    overwrite.sendAwareness(awarenessUpdate([[1001, 5, JSON.stringify({ cursor: { anchor: 99 } })]]));
    expect((await overwrite.closedWithin(2000, 'overwriting presence')).code).toBe(CloseCodes.Forbidden.code);

    const remover = await RawClient.connect(server.wsUrl, session.id, delegateB.token);
    remover.sendAwareness(awarenessUpdate([[1001, 6, 'null']]));
    expect((await remover.closedWithin(2000, 'removing presence')).code).toBe(CloseCodes.Forbidden.code);

    await new Promise((resolve) => setTimeout(resolve, 100));
    const state = watcher.awareness.getStates().get(1001) as { user: { participantId: string }; cursor: unknown };
    expect(state.user.participantId).toBe(delegateA.participantId);
    expect(state.cursor).toBeNull();
  });

  it('one awareness client id per connection: a second id is refused', async () => {
    const { server, session, delegateA } = await room();
    const client = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    client.sendAwareness(awarenessUpdate([[7, 1, '{}']]));
    client.sendAwareness(awarenessUpdate([[8, 1, '{}']]));
    const closed = await client.closedWithin(2000, 'a second presence id');
    expect(closed.code).toBe(CloseCodes.Forbidden.code);
    expect(closed.reason).toContain('another client');
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
