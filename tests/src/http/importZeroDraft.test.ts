import { ZERO_DRAFT, zeroDraftDocx } from '@parley/server/import/testkit';
import type { ClauseId } from '@parley/shared';
import {
  auditPageSchema,
  BRACKET_MARK,
  clauseRecord,
  importPreviewSchema,
  MEDIATOR_HOLDER,
  plenaryRoots,
  readClause,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command, postJson, sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

type Delta = { insert: string; attributes?: Record<string, unknown> }[];

/** Each clause's kind, status and first paragraph as a delta (text with its marks). */
function clausesOf(doc: Y.Doc) {
  const roots = plenaryRoots(doc);
  return roots.clauseOrder.toArray().map((id) => {
    const record = clauseRecord(roots, id as ClauseId);
    const clause = record ? readClause(record) : null;
    const paragraph = clause?.body.get(0);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    return {
      kind: clause?.kind,
      status: clause?.status,
      delta: (text instanceof Y.XmlText ? text.toDelta() : []) as Delta,
    };
  });
}

const plainText = (delta: Delta) => delta.map((op) => op.insert).join('');

describe('importing a zero draft: POST /api/sessions/:id/import/preview and /import', () => {
  it('the preview changes nothing; the import appends the clauses in order, the bracket a mark held by the mediator; mediator only', async () => {
    const server = await startServer();
    const { session, mediator, delegateA } = await sessionWithPeople(server.url);
    await command(server.url, session.id, mediator.token, { type: 'clause.add', kind: 'operative', text: 'Existing' });
    const watcher = await connectProvider(server.wsUrl, session.id, { token: delegateA.token });
    await waitFor(() => clausesOf(watcher.doc).length === 1, 'the existing clause');
    const body = { format: 'docx', data: (await zeroDraftDocx()).toString('base64') };
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    const url = (path: string) => `${server.url}/api/sessions/${session.id}${path}`;
    const auditCount = async () =>
      auditPageSchema.parse(
        (await fetch(url('/audit'), { headers: as(mediator.token) }).then((r) => r.json())) as unknown,
      ).entries.length;

    const recorded = await auditCount();
    const preview = await postJson(url('/import/preview'), body, as(mediator.token));
    expect(preview.status).toBe(200);
    const parsed = importPreviewSchema.parse(preview.body);
    expect(parsed.clauses.map((clause) => clause.kind)).toEqual([
      'preamble',
      'preamble',
      'operative',
      'operative',
      'operative',
    ]);
    expect(parsed.brackets).toEqual({
      holder: MEDIATOR_HOLDER,
      holderName: 'the mediator',
      reason: 'other',
      note: 'imported; to be reassigned',
    });
    expect(clausesOf(watcher.doc)).toHaveLength(1);
    expect(await auditCount()).toBe(recorded);

    for (const token of [delegateA.token]) {
      expect((await postJson(url('/import/preview'), body, as(token))).status).toBe(403);
      expect((await postJson(url('/import'), body, as(token))).status).toBe(403);
    }
    expect((await postJson(url('/import/preview'), { format: 'pdf', data: 'AA==' }, as(mediator.token))).status).toBe(
      400,
    );
    expect((await postJson(url('/import'), { format: 'docx', data: 'bm90IGEgemlw' }, as(mediator.token))).status).toBe(
      400,
    );

    const imported = await postJson<{ ok: boolean; clauseIds: string[] }>(url('/import'), body, as(mediator.token));
    expect(imported.status).toBe(200);
    expect(imported.body.clauseIds).toHaveLength(5);
    await waitFor(() => clausesOf(watcher.doc).length === 6, 'the imported clauses to reach a delegate');
    const clauses = clausesOf(watcher.doc);
    expect(clauses.map((clause) => clause.kind)).toEqual([
      'operative',
      'preamble',
      'preamble',
      'operative',
      'operative',
      'operative',
    ]);
    expect(clauses.slice(1).map((clause) => plainText(clause.delta))).toEqual([
      ...ZERO_DRAFT.preamble,
      ...ZERO_DRAFT.operative,
    ]);
    const withBracket = clauses[4];
    expect(withBracket?.status).toBe('bracketed');
    expect(clauses[3]?.status).toBe('proposed');
    expect(withBracket?.delta.find((op) => op.attributes?.[BRACKET_MARK])).toEqual({
      insert: ZERO_DRAFT.bracketed,
      attributes: { [BRACKET_MARK]: { holder: MEDIATOR_HOLDER, reason: 'other', note: 'imported; to be reassigned' } },
    });
    expect(clauses[3]?.delta).toContainEqual({ insert: 'shall', attributes: { bold: {} } });

    const entries = auditPageSchema.parse(
      (await fetch(url('/audit'), { headers: as(mediator.token) }).then((r) => r.json())) as unknown,
    ).entries;
    expect(entries.filter((entry) => entry.action === 'clause.import').map((entry) => entry.outcome)).toEqual([
      'ok',
      'refused',
      'refused',
    ]);
    expect(entries[0]?.summary).toBe(
      `The Envoy (mediator) imported a zero draft as 5 clauses with 1 bracket held for now by the mediator.`,
    );
  });

  it('a file over the bound is refused with 413', async () => {
    const server = await startServer();
    const { session, mediator } = await sessionWithPeople(server.url);
    const data = Buffer.alloc(5 * 1024 * 1024, 1).toString('base64');
    const response = await fetch(`${server.url}/api/sessions/${session.id}/import/preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mediator.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'md', data }),
    });
    expect(response.status).toBe(413);
  });
});
