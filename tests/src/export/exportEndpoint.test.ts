import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { agreementSchema, BRACKET_MARK, clauseRecord, plenaryRoots, readClause } from '@parley/shared';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command } from '../helpers/api.ts';
import { RawClient } from '../helpers/rawClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { waitForAsync } from '../helpers/waitFor.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../server');

async function exportAs(server: TestServer, f: PreparedSession, token: string, query: string) {
  const response = await fetch(`${server.url}/api/sessions/${f.session.id}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

/** Brackets the open clause's first word for party A, as A's delegate would in the editor. */
async function bracketOpenClause(
  server: TestServer,
  f: PreparedSession,
  bracket: Record<string, unknown> | null,
  token = f.delegateA.token,
) {
  const client = await RawClient.connect(server.wsUrl, f.session.id, token);
  await client.sync();
  forwardLocalUpdates(client);
  const record = clauseRecord(plenaryRoots(client.doc), f.openClause);
  const paragraph = record ? readClause(record)?.body.get(0) : undefined;
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  text.format(0, 3, { [BRACKET_MARK]: bracket });
  await waitForAsync(async () => (await server.storage.countUpdates(f.session.id)) > 0, 'the edit to be stored');
  await new Promise((resolve) => setTimeout(resolve, 100));
  client.close();
}

describe('export through the API', () => {
  it('serves every format as a download; observers only when the mediator allows it', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    await bracketOpenClause(server, f, { holder: f.partyA, reason: 'substance' });

    const docx = await exportAs(server, f, f.delegateB.token, 'format=docx');
    expect(docx.response.status).toBe(200);
    expect(docx.response.headers.get('content-type')).toContain('wordprocessingml');
    expect(docx.response.headers.get('content-disposition')).toMatch(
      /attachment; filename="Talks-on-the-northern-border-draft\.docx"/,
    );
    const xml = strFromU8(unzipSync(new Uint8Array(docx.body))['word/document.xml'] ?? new Uint8Array());
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(words).toContain('[The] Parties shall meet.');

    const json = await exportAs(server, f, f.delegateA.token, 'format=json&agenda=1');
    const agreement = agreementSchema.parse(JSON.parse(json.body.toString()));
    expect(agreement.operative.map((c) => c.number)).toEqual(['1', '2']);
    expect(agreement.operative[0]?.brackets[0]).toMatchObject({
      holder: f.partyA,
      holderName: 'Ruritania',
      reason: 'substance',
    });
    expect(agreement.agenda?.map((i) => i.title)).toEqual(['Verification']);

    for (const format of ['md', 'html']) {
      const file = await exportAs(server, f, f.mediator.token, `format=${format}`);
      expect(file.response.status).toBe(200);
      expect(file.body.toString()).toContain('Talks on the northern border');
    }
    expect((await exportAs(server, f, f.mediator.token, 'format=pdf')).response.status).toBe(400);
    expect((await exportAs(server, f, f.observer.token, 'format=md')).response.status).toBe(403);
    expect((await exportAs(server, f, f.delegateA.token, 'format=md&record=1')).response.status).toBe(403);
    await command(server.url, f.session.id, f.mediator.token, { type: 'session.observersMayExport', allowed: true });
    expect((await exportAs(server, f, f.observer.token, 'format=md')).response.status).toBe(200);
    const withRecord = await exportAs(server, f, f.mediator.token, 'format=md&record=1');
    expect(withRecord.body.toString()).toContain('Annex: record of the session');
    expect(withRecord.body.toString()).toMatch(/\(mediator\) locked clause \d/);
    expect(withRecord.body.toString()).not.toContain('clause.lock');
  });

  it('the clean text is refused (409) while a bracket remains, and produced once everything is agreed', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    await bracketOpenClause(server, f, { holder: f.partyA, reason: 'awaitingInstructions' });
    // A bracketed clause cannot be agreed (the clause life): not by hand, not by sign-offs.
    const byHand = await command(server.url, f.session.id, f.mediator.token, {
      type: 'clause.setStatus',
      clauseId: f.openClause,
      status: 'agreed',
    });
    expect(byHand.status).toBe(409);
    const refused = await exportAs(server, f, f.mediator.token, 'format=md&clean=1');
    expect(refused.response.status).toBe(409);
    expect(JSON.parse(refused.body.toString()).error).toContain('clause 1 has square brackets (Ruritania)');

    // The mediator lifts the bracket; then every party signs off both clauses.
    await bracketOpenClause(server, f, null, f.mediator.token);
    for (const clauseId of [f.openClause, f.lockedClause]) {
      for (const token of [f.delegateA.token, f.delegateB.token]) {
        const signed = await command(server.url, f.session.id, token, { type: 'clause.signOff', clauseId });
        expect(signed.status, JSON.stringify(signed.body)).toBe(200);
      }
    }
    const clean = await exportAs(server, f, f.mediator.token, 'format=md&clean=1');
    expect(clean.response.status, clean.body.toString()).toBe(200);
    expect(clean.body.toString()).toContain('Clean text');
    expect(clean.body.toString()).not.toContain('DRAFT');
    expect(clean.body.toString()).not.toContain('\\[');
  });

  it('a saved revision is exported as it was, with its label', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const saved = await command(server.url, f.session.id, f.mediator.token, {
      type: 'version.save',
      label: 'Zero draft',
    });
    const versionId = (saved.body as { versionId: string }).versionId;
    await command(server.url, f.session.id, f.mediator.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'Added after the zero draft.',
    });
    const current = await exportAs(server, f, f.mediator.token, 'format=md');
    const revision = await exportAs(server, f, f.mediator.token, `format=md&revision=${versionId}`);
    expect(current.body.toString()).toContain('Added after the zero draft.');
    expect(revision.body.toString()).not.toContain('Added after the zero draft.');
    expect(revision.body.toString()).toContain('DRAFT · Zero draft');
    expect((await exportAs(server, f, f.mediator.token, 'format=md&revision=vnothing')).response.status).toBe(404);
  });

  it('the command-line export works on the data directory with the server stopped', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    await server.close();
    const out = path.join(tempDir(), 'agreement.docx');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/export.ts',
        '--data-dir',
        server.dataDir,
        '--session',
        f.session.id,
        '--format',
        'docx',
        '--out',
        out,
      ],
      { cwd: serverDir },
    );
    expect(stdout).toContain(`wrote ${out}`);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(out)))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('The Parties shall meet.');
    const failed = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/export.ts', '--data-dir', server.dataDir, '--session', 'nosuch'],
      {
        cwd: serverDir,
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toContain('no session nosuch');
  });
});
