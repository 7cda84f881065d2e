import { plenaryRoots, readClausesInOrder } from '@parley/shared';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { prepareParleyRoom } from '../load/prepareRooms.ts';
import type { BenchCluster, ClusterMember } from './benchCluster.ts';

export interface FailoverRun {
  readonly owner: string;
  /** From the owner's SIGKILL to an edit made just after it reaching a client on another surviving server. */
  readonly failoverMs: number;
  readonly typed: number;
  readonly lost: number;
  readonly divergent: number;
}

interface Typist {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  home: ClusterMember;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

function firstLine(doc: Y.Doc): Y.XmlText | null {
  const paragraph = readClausesInOrder(plenaryRoots(doc))[0]?.body.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  return text instanceof Y.XmlText ? text : null;
}

const textOf = (doc: Y.Doc) => firstLine(doc)?.toString() ?? '';

/**
 * One failover: `clients` y-websocket providers (the Parley client's own provider, with its default
 * reconnect back-off) on one session, spread over the servers, each typing a numbered word about four
 * times a second. The owner is SIGKILLed; its clients are pointed at the survivors, as a load balancer
 * would send them; one client on a survivor types a marker at once, and the time until it reaches a
 * client on the other survivor is the failover time. Then the typing stops and every word is looked for.
 */
export async function measureFailover(cluster: BenchCluster, ownerId: string, clients: number): Promise<FailoverRun> {
  const owner = cluster.member(ownerId);
  const room = await prepareParleyRoom(owner.httpUrl, 0, clients);
  const members = [...cluster.members];
  const typists: Typist[] = room.tokens.map((token, i) => {
    const home = members[i % members.length] ?? owner;
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(home.syncUrl, room.docName, doc, {
      params: { token: token ?? '' },
      // Node's `ws` stands in for the browser's WebSocket (Node 20 has none), as in the tests'
      // providerClient.ts; its types differ in details y-websocket never touches (binaryType values,
      // dispatchEvent), hence the double cast.
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    return { doc, provider, home };
  });
  try {
    await waitUntil(() => typists.every((t) => t.provider.synced && firstLine(t.doc) !== null), 'every client to sync');
    if ((await cluster.owners()).get(room.docName) !== ownerId) throw new Error(`session not owned by ${ownerId}`);
    const typed: string[] = [];
    let typing = true;
    const typing$ = typists.map(async (typist, i) => {
      await sleep(Math.random() * 250);
      for (let n = 0; typing; n++) {
        const word = `{${i}.${n}}`;
        const line = firstLine(typist.doc);
        // At the end as this client sees it: a word typed there is never split by another's.
        line?.insert(line.length, word);
        typed.push(word);
        await sleep(200 + Math.random() * 100);
      }
    });
    await sleep(2_000);

    cluster.kill(ownerId);
    const killedAt = performance.now();
    const survivors = members.filter((m) => m.id !== ownerId);
    for (const [i, typist] of typists.filter((t) => t.home.id === ownerId).entries()) {
      const target = survivors[i % survivors.length] ?? owner;
      typist.home = target;
      typist.provider.serverUrl = target.syncUrl;
    }
    const [x, y] = survivors;
    const writer = typists.find((t) => t.home === x);
    const reader = typists.find((t) => t.home === y);
    if (!writer || !reader) throw new Error('a client on each surviving server expected');
    const marker = '{after-kill}';
    firstLine(writer.doc)?.insert(0, marker);
    await waitUntil(() => textOf(reader.doc).includes(marker), 'edits to flow again after the kill');
    const failoverMs = performance.now() - killedAt;

    await sleep(1_000);
    typing = false;
    await Promise.all(typing$);
    const reference = typists[0];
    if (!reference) throw new Error('no clients');
    await waitUntil(
      () => typists.every((t) => t.provider.synced && textOf(t.doc) === textOf(reference.doc)),
      'every client to converge',
    ).catch(() => undefined);
    const text = textOf(reference.doc);
    return {
      owner: ownerId,
      failoverMs,
      typed: typed.length,
      lost: typed.filter((word) => !text.includes(word)).length,
      divergent: typists.filter((t) => textOf(t.doc) !== text).length,
    };
  } finally {
    for (const typist of typists) {
      typist.provider.destroy();
      typist.doc.destroy();
    }
  }
}
