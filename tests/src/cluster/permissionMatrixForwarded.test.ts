import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClusterOfServers, startClusterOfServers } from '../helpers/clusterOfServers.ts';
import { usePostgres } from '../helpers/postgresServer.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { useRedis } from '../helpers/redisServer.ts';
import {
  EXPECTED,
  type Outcome,
  PARTS,
  type Part,
  type PartName,
  type RoleName,
  tokenOf,
  writeAndCheck,
} from '../security/permissionMatrix.cases.ts';
import { docNameOf, preparedSession } from '../security/sessionFixture.ts';

/**
 * The permission matrix (every role × every part) with the writer on a server that does not own the
 * session (issue 16): its upgrade and every frame are forwarded to the owner, whose gate must answer
 * exactly as a single server does: the same HTTP refusals, the same 4403 closes, the same writes.
 */
const postgres = usePostgres();
const redis = useRedis();
const ends: (() => void | Promise<void>)[] = [];
let cluster: ClusterOfServers | null = null;

beforeAll(async () => {
  const databaseUrl = await postgres().createDatabase('matrix');
  cluster = await startClusterOfServers({ databaseUrl, redisUrl: redis().url, atEnd: (end) => ends.push(end) });
}, 90_000);

afterAll(async () => {
  for (const end of ends.splice(0).reverse()) await end();
});

function servers() {
  const [owner, forwarding, other] = cluster?.servers ?? [];
  if (!cluster || !owner || !forwarding || !other) throw new Error('the cluster starts in beforeAll');
  return { cluster, owner, forwarding, other };
}

describe('permission matrix through a server that does not own the session', () => {
  for (const [partName, part] of Object.entries(PARTS) as [PartName, Part][]) {
    for (const [role, expected] of Object.entries(EXPECTED[partName]) as [RoleName, Outcome][]) {
      const verb = expected === 'write' ? 'writes' : `is refused (${expected}) writing`;
      it(`${role} ${verb} ${partName}`, async () => {
        const { cluster, owner, forwarding, other } = servers();
        // Prepared on s0, which therefore owns the session; later joins and commands go through s2, the writer through s1.
        const fixture = await preparedSession(
          { url: owner.url, wsUrl: owner.wsUrl, storage: cluster.storage },
          { bracketedAndAgreed: true, russianVersion: true },
        );
        expect((await cluster.ownerOf(fixture.session.id))?.owner).toBe(owner.id);
        const docName = docNameOf(fixture, part.doc);
        const watcher = await RawClient.connect(owner.wsUrl, docName, fixture.mediator.token);
        await watcher.sync();

        const token = await tokenOf(role, fixture, other.url);
        const wrote = await writeAndCheck({
          part,
          partName,
          role,
          expected,
          fixture,
          docName,
          watcher,
          writerWsUrl: forwarding.wsUrl,
          token,
        });
        if (!wrote) return;
        // What the third server reads (forwarded to the owner) holds exactly what was allowed.
        const reader = await RawClient.connect(other.wsUrl, docName, fixture.mediator.token);
        await reader.sync();
        expect(part.landed(reader.doc, fixture)).toBe(expected === 'write');
        for (const client of [watcher, reader]) client.close();
      });
    }
  }
});
