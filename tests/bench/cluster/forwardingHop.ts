import crypto from 'node:crypto';
import { createClient } from 'redis';
import { prepareParleyRoom } from '../load/prepareRooms.ts';
import type { BenchCluster } from './benchCluster.ts';
import { RawSyncClient } from './rawSyncClient.ts';

/** Milliseconds, sorted: one figure per edit. */
export interface HopTimes {
  /** Sender and receiver both on the owner. */
  readonly direct: number[];
  /** Sender on the owner, receiver through a forwarding server: one hop. */
  readonly oneHop: number[];
  /** Sender through one forwarding server, receiver through the other: two hops, as every client in the all-forwarded load. */
  readonly twoHops: number[];
  /** Per edit sent on the owner, the forwarded receiver's arrival minus the direct receiver's (the same edits). */
  readonly hopCost: number[];
  /** Redis PUBLISH of a payload of the same size to a subscriber on another connection. */
  readonly redis: number[];
  readonly frameBytes: number;
}

const PAUSE_MS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The forwarding hop alone, on an otherwise idle cluster: one keystroke at a time (the next only once
 * the last arrived everywhere), from sending to arrival, by path. Beside it, what a Redis bus would
 * cost per crossing: a PUBLISH of the same bytes to a subscriber, one at a time, on the same Redis.
 */
export async function measureForwardingHop(cluster: BenchCluster, redisUrl: string, edits: number): Promise<HopTimes> {
  const [owner, x, y] = cluster.members;
  if (!owner || !x || !y) throw new Error('three servers expected');
  const room = await prepareParleyRoom(owner.httpUrl, 0, 5);
  const token = (n: number) => room.tokens[n] ?? '';
  const ownerSender = await RawSyncClient.connect(owner.syncUrl, room.docName, token(0));
  const ownerReceiver = await RawSyncClient.connect(owner.syncUrl, room.docName, token(1));
  const forwardedSender = await RawSyncClient.connect(x.syncUrl, room.docName, token(2));
  const receiverViaX = await RawSyncClient.connect(x.syncUrl, room.docName, token(3));
  const receiverViaY = await RawSyncClient.connect(y.syncUrl, room.docName, token(4));
  const owners = await cluster.owners();
  if (owners.get(room.docName) !== owner.id) throw new Error(`the hop's session is not owned by ${owner.id}`);
  const times: HopTimes = { direct: [], oneHop: [], twoHops: [], hopCost: [], redis: [], frameBytes: 0 };
  try {
    for (let i = 0; i < edits; i++) {
      // The two senders take turns, so both paths see the same moments of this shared machine.
      const fromOwner = i % 2 === 0;
      const sender = fromOwner ? ownerSender : forwardedSender;
      const receivers = fromOwner ? [ownerReceiver, receiverViaX] : [receiverViaY];
      const sentAt = performance.now();
      const key = sender.type();
      const [first, second] = await Promise.all(receivers.map((receiver) => receiver.arrival(key)));
      if (fromOwner) {
        times.direct.push((first ?? Number.NaN) - sentAt);
        times.oneHop.push((second ?? Number.NaN) - sentAt);
        times.hopCost.push((second ?? Number.NaN) - (first ?? Number.NaN));
      } else {
        times.twoHops.push((first ?? Number.NaN) - sentAt);
      }
      await sleep(PAUSE_MS);
    }
  } finally {
    for (const client of [ownerSender, ownerReceiver, forwardedSender, receiverViaX, receiverViaY]) client.close();
  }
  const frameBytes = ownerSender.lastFrameBytes;
  const redis = await redisDelivery(redisUrl, frameBytes, Math.ceil(edits / 2));
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  return {
    direct: sorted(times.direct),
    oneHop: sorted(times.oneHop),
    twoHops: sorted(times.twoHops),
    hopCost: sorted(times.hopCost),
    redis: sorted(redis),
    frameBytes,
  };
}

async function redisDelivery(redisUrl: string, bytes: number, messages: number): Promise<number[]> {
  const publisher = createClient({ url: redisUrl });
  const subscriber = publisher.duplicate();
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const channel = `parley:bench:hop:${crypto.randomUUID()}`;
  let arrived: (at: number) => void = () => undefined;
  await subscriber.subscribe(channel, () => arrived(performance.now()), true);
  const times: number[] = [];
  try {
    for (let i = 0; i < messages; i++) {
      const payload = crypto.randomBytes(bytes);
      const arrival = new Promise<number>((resolve) => {
        arrived = resolve;
      });
      const sentAt = performance.now();
      await publisher.publish(channel, payload);
      times.push((await arrival) - sentAt);
      await sleep(PAUSE_MS);
    }
  } finally {
    subscriber.destroy();
    publisher.destroy();
  }
  return times;
}
