import { appendParagraph, fragmentPlainText, richTextToJson } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';
import { clause, run } from './sessionCommands.ts';

/** The clause's words as JSON: its text, then each option's label and text. */
const wordsOf = (doc: Y.Doc, id: string) => {
  const c = clause(doc, id);
  return c
    ? {
        body: richTextToJson(c.body),
        options: c.options.map((o) => ({ id: o.id, label: o.label, body: richTextToJson(o.body) })),
      }
    : null;
};

async function editor(server: TestServer, f: PreparedSession): Promise<RawClient> {
  const client = await RawClient.connect(server.wsUrl, f.session.id, f.mediator.token);
  await client.sync();
  forwardLocalUpdates(client);
  return client;
}

/** Two options with formatted words (written by the mediator's client, as the room does). */
async function twoOptions(server: TestServer, f: PreparedSession): Promise<string[]> {
  const ids: string[] = [];
  for (const label of ['Option 1', 'Option 2']) {
    const added = await run(server, f, 'mediator', { type: 'clause.addOption', clauseId: f.openClause, label });
    expect(added.status).toBe(200);
    ids.push((added.body as { optionId: string }).optionId);
  }
  const mediator = await editor(server, f);
  await waitFor(() => clause(mediator.doc, f.openClause)?.options.length === 2, 'the options to reach the editor');
  const options = clause(mediator.doc, f.openClause)?.options ?? [];
  mediator.doc.transact(() => {
    const first = appendParagraph(options[0]?.body ?? new Y.XmlFragment(), 'The Parties shall meet monthly.');
    const words = first.get(0);
    if (words instanceof Y.XmlText) words.format(12, 5, { bold: true });
    appendParagraph(options[1]?.body ?? new Y.XmlFragment(), 'The Parties may meet.');
    appendParagraph(options[1]?.body ?? new Y.XmlFragment(), 'Second paragraph.');
  });
  return ids;
}

describe('clause.restoreOptions: the mediator undoes "Keep this option"', () => {
  it('brings back the text and the options exactly as they were; the record says so in words', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const [, second] = await twoOptions(server, f);
    await waitFor(
      () => fragmentPlainText(clause(watcher.doc, f.openClause)?.options[1]?.body ?? new Y.XmlFragment()) !== '',
      'the options’ words',
    );
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'bracketed', 'bracketed by two options');
    const before = wordsOf(watcher.doc, f.openClause);
    expect(before?.options[0]?.body).toContainEqual(expect.objectContaining({ element: 'paragraph' }));

    const kept = await run(server, f, 'mediator', {
      type: 'clause.collapseOptions',
      clauseId: f.openClause,
      optionId: second,
    });
    expect(kept.status).toBe(200);
    await waitFor(() => clause(watcher.doc, f.openClause)?.options.length === 0, 'the options to go');
    expect(fragmentPlainText(clause(watcher.doc, f.openClause)?.body ?? new Y.XmlFragment())).toBe(
      'The Parties may meet.\nSecond paragraph.',
    );

    const restored = await run(server, f, 'mediator', { type: 'clause.restoreOptions', clauseId: f.openClause });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    await waitFor(() => clause(watcher.doc, f.openClause)?.options.length === 2, 'the options to come back');
    expect(wordsOf(watcher.doc, f.openClause)).toEqual(before);
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'bracketed', 'bracketed again');

    const again = await run(server, f, 'mediator', { type: 'clause.restoreOptions', clauseId: f.openClause });
    expect(again.status).toBe(409);
    expect(again.body.error).toContain('already undone');

    const audit = await fetch(`${server.url}/api/sessions/${f.session.id}/audit?limit=50`, {
      headers: { authorization: `Bearer ${f.mediator.token}` },
    });
    const summaries = ((await audit.json()) as { entries: { summary: string }[] }).entries.map((e) => e.summary);
    expect(summaries).toContain(
      'The Envoy (mediator) brought back the options of clause 1 as they were before one was kept.',
    );
    expect(
      summaries.some((line) =>
        /^The Envoy \(mediator\) kept the option .Option 2. as the text of clause 1\.$/.test(line),
      ),
    ).toBe(true);
  });

  it('409 naming what blocks: nothing was kept, the text changed since, a delegate may not', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const never = await run(server, f, 'mediator', { type: 'clause.restoreOptions', clauseId: f.openClause });
    expect(never.status).toBe(409);
    expect(never.body.error).toContain('no option of this clause was kept');

    const [first] = await twoOptions(server, f);
    const mediator = await editor(server, f);
    await waitFor(
      () => fragmentPlainText(clause(mediator.doc, f.openClause)?.options[0]?.body ?? new Y.XmlFragment()) !== '',
      'the options’ words',
    );
    expect(
      (await run(server, f, 'mediator', { type: 'clause.collapseOptions', clauseId: f.openClause, optionId: first }))
        .status,
    ).toBe(200);
    expect((await run(server, f, 'delegateA', { type: 'clause.restoreOptions', clauseId: f.openClause })).status).toBe(
      403,
    );
    await waitFor(() => clause(mediator.doc, f.openClause)?.options.length === 0, 'the collapse to reach the editor');
    mediator.doc.transact(() => {
      const paragraph = clause(mediator.doc, f.openClause)?.body.get(0);
      const words = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
      if (words instanceof Y.XmlText) words.insert(0, 'Both ');
    });
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    await waitFor(
      () => fragmentPlainText(clause(watcher.doc, f.openClause)?.body ?? new Y.XmlFragment()).startsWith('Both'),
      'the edit to be stored',
    );
    const changed = await run(server, f, 'mediator', { type: 'clause.restoreOptions', clauseId: f.openClause });
    expect(changed.status).toBe(409);
    expect(changed.body.error).toContain('the text of the clause was changed since the option was kept');
    expect(clause(watcher.doc, f.openClause)?.options.length).toBe(0);
  });
});
