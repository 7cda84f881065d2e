import { describe, expect, it } from 'vitest';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import {
  EXPECTED,
  type Outcome,
  PARTS,
  type Part,
  type PartName,
  type RoleName,
  tokenOf,
  writeAndCheck,
} from './permissionMatrix.cases.ts';
import { docNameOf, preparedSession } from './sessionFixture.ts';

describe('permission matrix: every role × every part, with hand-made updates from raw y-protocols clients', () => {
  for (const [partName, part] of Object.entries(PARTS) as [PartName, Part][]) {
    for (const [role, expected] of Object.entries(EXPECTED[partName]) as [RoleName, Outcome][]) {
      const verb = expected === 'write' ? 'writes' : `is refused (${expected}) writing`;
      it(`${role} ${verb} ${partName}`, async () => {
        const server = await startServer();
        const fixture = await preparedSession(server, { bracketedAndAgreed: true, russianVersion: true });
        const docName = docNameOf(fixture, part.doc);
        const watcher = await RawClient.connect(server.wsUrl, docName, fixture.mediator.token);
        await watcher.sync();

        const token = await tokenOf(role, fixture, server.url);
        const wrote = await writeAndCheck({
          part,
          partName,
          role,
          expected,
          fixture,
          docName,
          watcher,
          writerWsUrl: server.wsUrl,
          token,
        });
        if (!wrote) return;

        // After a restart on the same data directory, storage holds exactly what was allowed.
        await server.close();
        const restarted = await startServer({ dataDir: server.dataDir });
        const reader = await RawClient.connect(restarted.wsUrl, docName, fixture.mediator.token);
        await reader.sync();
        expect(part.landed(reader.doc, fixture)).toBe(expected === 'write');
      });
    }
  }
});
