import { CloseCodes } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { RawClient, UpgradeRefused } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import {
  EXPECTED,
  type Outcome,
  PARTS,
  type Part,
  type PartName,
  type RoleName,
  tokenOf,
} from './permissionMatrix.cases.ts';
import { docNameOf, forwardLocalUpdates, preparedSession } from './sessionFixture.ts';

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
        const connected = await RawClient.connect(server.wsUrl, docName, token).catch((error: unknown) => error);
        if (expected === 401 || expected === 403) {
          expect(connected).toBeInstanceOf(UpgradeRefused);
          expect((connected as UpgradeRefused).status).toBe(expected);
          expect(JSON.parse((connected as UpgradeRefused).body).error).toBeTruthy();
          return;
        }
        if (!(connected instanceof RawClient)) throw connected;
        const writer = connected;
        await writer.sync();
        forwardLocalUpdates(writer);
        part.edit(writer.doc, fixture);
        expect(part.landed(writer.doc, fixture)).toBe(true);

        if (expected === 'write') {
          await waitFor(() => part.landed(watcher.doc, fixture), `${partName} to reach another client`);
          expect(writer.isOpen).toBe(true);
        } else {
          const closed = await writer.closedWithin(3000, `${role} writing ${partName}`);
          expect(closed.code).toBe(CloseCodes.Forbidden.code);
          expect(closed.reason.length).toBeGreaterThan(5);
          // Give a wrongly relayed update time to arrive before asserting it did not.
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(part.landed(watcher.doc, fixture)).toBe(false);
        }

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
