import type { Bracket, ClauseId, SuggestionAttributes } from '@parley/shared';
import {
  auditPageSchema,
  BRACKET_MARK,
  CloseCodes,
  clauseRecord,
  clauseTextFields,
  DELETION_MARK,
  INSERTION_MARK,
  insertClause,
  noticesSchema,
  pendingSuggestionsOf,
  plenaryRoots,
  readClause,
} from '@parley/shared';
import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import StarterKit from '@tiptap/starter-kit';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BracketMark } from '../../../client/src/room/editor/BracketMark.ts';
import { DeletionMark, InsertionMark } from '../../../client/src/room/editor/SuggestionMarks.ts';
import type { Joined } from '../helpers/api.ts';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { noticeInEnglish } from '../helpers/noticeEnglish.ts';
import { RawClient } from '../helpers/rawClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { suggestionBy } from '../helpers/suggestions.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { forwardLocalUpdates } from '../security/sessionFixture.ts';

/**
 * Suggesting mode at the sync level (issue 14), with raw y-protocols clients: what a delegate who
 * must suggest may write (their own tracked insertions and deletions, and withdrawing them), what
 * is refused with 4403 (plain typing, another's name, another's suggestion), and the mediator's
 * accept and reject commands turning suggestions into plain text.
 */

const schema = getSchema([StarterKit.configure({ undoRedo: false }), BracketMark, InsertionMark, DeletionMark]);

let server: TestServer;
let people: Awaited<ReturnType<typeof sessionWithPeople>>;
let mediator: RawClient;

function body(doc: Y.Doc, clauseId: ClauseId): Y.XmlFragment {
  const value = clauseRecord(plenaryRoots(doc), clauseId)?.get('body');
  if (!(value instanceof Y.XmlFragment)) throw new Error('no body');
  return value;
}

function line(doc: Y.Doc, clauseId: ClauseId, paragraph = 0): Y.XmlText {
  const element = body(doc, clauseId).get(paragraph);
  const text = element instanceof Y.XmlElement ? element.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

function heading(doc: Y.Doc, clauseId: ClauseId): Y.Text {
  const value = clauseRecord(plenaryRoots(doc), clauseId)?.get('heading');
  if (!(value instanceof Y.Text)) throw new Error('no heading');
  return value;
}

const pending = (doc: Y.Doc, id: ClauseId) => {
  const record = clauseRecord(plenaryRoots(doc), id);
  return record ? pendingSuggestionsOf(clauseTextFields(record)) : [];
};

/** A session whose mediator wrote one clause (and `prepare`d it), with delegates in `mode`. */
async function clause(
  text: string,
  mode: 'direct' | 'suggest' | 'oneText' = 'suggest',
  prepare?: (doc: Y.Doc, id: ClauseId) => void,
): Promise<ClauseId> {
  server = await startServer();
  people = await sessionWithPeople(server.url);
  mediator = await RawClient.connect(server.wsUrl, people.session.id, people.mediator.token);
  await mediator.sync();
  forwardLocalUpdates(mediator);
  const id = insertClause(plenaryRoots(mediator.doc), { kind: 'operative', text });
  if (prepare) mediator.doc.transact(() => prepare(mediator.doc, id));
  const expected = body(mediator.doc, id).toString();
  const reader = await RawClient.connect(server.wsUrl, people.session.id, people.observer.token);
  await reader.sync();
  await waitFor(() => {
    try {
      return body(reader.doc, id).toString() === expected;
    } catch {
      return false;
    }
  }, 'the clause to reach everyone');
  reader.close();
  if (mode === 'suggest') await mediatorSays({ type: 'session.editMode', mode: 'suggest' });
  if (mode === 'oneText') await mediatorSays({ type: 'session.oneText', enabled: true });
  return id;
}

async function mediatorSays(body: Record<string, unknown>) {
  const answer = await command(server.url, people.session.id, people.mediator.token, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer;
}

/** The update a change to a fresh copy makes, sent by `who`; then whether it was refused or landed. */
async function send(who: Joined, change: (doc: Y.Doc) => void, landed: (doc: Y.Doc) => boolean) {
  const client = await RawClient.connect(server.wsUrl, people.session.id, who.token);
  await client.sync();
  const updates: Uint8Array[] = [];
  const capture = (update: Uint8Array) => updates.push(update);
  client.doc.on('update', capture);
  client.doc.transact(() => change(client.doc));
  client.doc.off('update', capture);
  expect(updates.length, 'the change produced an update').toBeGreaterThan(0);
  client.sendUpdate(Y.mergeUpdates(updates));
  const started = Date.now();
  for (;;) {
    if (client.closedWith) break;
    const fresh = await RawClient.connect(server.wsUrl, people.session.id, people.mediator.token);
    await fresh.sync();
    const seen = landed(fresh.doc);
    fresh.close();
    if (seen || Date.now() - started > 1500) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const fresh = await RawClient.connect(server.wsUrl, people.session.id, people.mediator.token);
  await fresh.sync();
  const outcome = { closed: client.closedWith, landed: landed(fresh.doc), doc: fresh.doc };
  fresh.close();
  client.close();
  return outcome;
}

type Outcome = Awaited<ReturnType<typeof send>>;
const refused = (outcome: Outcome) => {
  expect(outcome.closed?.code, 'closed with 4403').toBe(CloseCodes.Forbidden.code);
  expect(outcome.landed, 'nothing of it reached anyone').toBe(false);
  return outcome.closed?.reason ?? '';
};
const accepted = (outcome: Outcome) => {
  expect(outcome.closed, `the connection stayed open (${outcome.closed?.reason})`).toBeNull();
  expect(outcome.landed, 'the change reached everyone').toBe(true);
};

/** What TipTap's binding writes when the editor's document becomes `step(transform)`. */
function tiptap(doc: Y.Doc, fragment: Y.XmlFragment, step: (tr: Transform, pm: ProseMirrorNode) => Transform): void {
  const { doc: pmDoc, meta } = initProseMirrorDoc(fragment, schema);
  updateYFragment(doc, fragment, step(new Transform(pmDoc), pmDoc).doc, meta);
}

const insertionMark = (attrs: SuggestionAttributes) => schema.marks[INSERTION_MARK]?.create(attrs);
const deletionMark = (attrs: SuggestionAttributes) => schema.marks[DELETION_MARK]?.create(attrs);

/** ProseMirror position of a character offset in the first paragraph. */
const at = (offset: number) => offset + 1;

describe('a delegate who must suggest', () => {
  it('is refused when typing plain text or deleting plain text, with a reason', async () => {
    const id = await clause('The Parties shall meet.');
    const typed = refused(
      await send(
        people.delegateA,
        (doc) => line(doc, id).insert(4, 'Honourable '),
        (doc) => line(doc, id).toString().includes('Honourable'),
      ),
    );
    expect(typed).toContain('suggesting mode');
    refused(
      await send(
        people.delegateA,
        (doc) => line(doc, id).delete(0, 4),
        (doc) => !line(doc, id).toString().startsWith('The '),
      ),
    );
    // Formatting is a change of the text too.
    refused(
      await send(
        people.delegateA,
        (doc) => line(doc, id).format(0, 3, { bold: {} }),
        (doc) => JSON.stringify(line(doc, id).toDelta()).includes('bold'),
      ),
    );
  });

  it('lands their own insertion-marked words and deletion marks, written by TipTap’s binding', async () => {
    const id = await clause('The Parties shall meet.');
    const mine = suggestionBy(people.delegateA);
    accepted(
      await send(
        people.delegateA,
        (doc) =>
          tiptap(doc, body(doc, id), (tr) => {
            const mark = insertionMark(mine);
            if (!mark) throw new Error('no insertion mark');
            return tr.insert(at(17), schema.text(' annually', [mark]));
          }),
        (doc) => pending(doc, id).some((s) => s.id === mine.id && s.words === ' annually'),
      ),
    );
    const strike = suggestionBy(people.delegateA);
    accepted(
      await send(
        people.delegateA,
        (doc) =>
          tiptap(doc, body(doc, id), (tr) => {
            const mark = deletionMark(strike);
            if (!mark) throw new Error('no deletion mark');
            return tr.addMark(at(0), at(4), mark);
          }),
        (doc) => pending(doc, id).some((s) => s.id === strike.id && s.kind === 'deletion' && s.words === 'The '),
      ),
    );
    // The words struck are still there, for the mediator to decide.
    const fresh = await RawClient.connect(server.wsUrl, people.session.id, people.observer.token);
    await fresh.sync();
    expect(
      line(fresh.doc, id)
        .toString()
        .replace(/<[^>]+>/g, ''),
    ).toBe('The Parties shall annually meet.');
  });

  it('in One-Text mode, suggests too: plain typing refused, a suggestion lands', async () => {
    const id = await clause('The Parties shall meet.', 'oneText');
    refused(
      await send(
        people.delegateB,
        (doc) => line(doc, id).insert(0, 'All '),
        (doc) => line(doc, id).toString().includes('All '),
      ),
    );
    const mine = suggestionBy(people.delegateB);
    accepted(
      await send(
        people.delegateB,
        (doc) => line(doc, id).insert(0, 'All ', { [INSERTION_MARK]: mine }),
        (doc) => pending(doc, id).some((s) => s.id === mine.id),
      ),
    );
  });

  it('may not change the heading (plain text, which cannot hold a suggestion)', async () => {
    const id = await clause('The Parties shall meet.');
    refused(
      await send(
        people.delegateA,
        (doc) => heading(doc, id).insert(0, 'Meetings'),
        (doc) => heading(doc, id).toString() === 'Meetings',
      ),
    );
  });

  it('may withdraw their own suggestions, never another’s', async () => {
    const id = await clause('The Parties shall meet.', 'suggest');
    const aIns = suggestionBy(people.delegateA);
    const bDel = suggestionBy(people.delegateB);
    // A suggests an insertion, B strikes "shall".
    accepted(
      await send(
        people.delegateA,
        (doc) => line(doc, id).insert(17, ' annually', { [INSERTION_MARK]: aIns }),
        (doc) => pending(doc, id).some((s) => s.id === aIns.id),
      ),
    );
    accepted(
      await send(
        people.delegateB,
        (doc) => line(doc, id).format(12, 5, { [DELETION_MARK]: bDel }),
        (doc) => pending(doc, id).some((s) => s.id === bDel.id),
      ),
    );
    // B may not delete A's inserted words, nor A lift B's deletion mark.
    refused(
      await send(
        people.delegateB,
        (doc) => line(doc, id).delete(17, 9),
        (doc) => !pending(doc, id).some((s) => s.id === aIns.id),
      ),
    );
    const reason = refused(
      await send(
        people.delegateA,
        (doc) => line(doc, id).format(12, 5, { [DELETION_MARK]: null }),
        (doc) => !pending(doc, id).some((s) => s.id === bDel.id),
      ),
    );
    expect(reason).toContain('someone else’s');
    // Each withdraws their own.
    accepted(
      await send(
        people.delegateA,
        (doc) => line(doc, id).delete(17, 9),
        (doc) => !pending(doc, id).some((s) => s.id === aIns.id),
      ),
    );
    accepted(
      await send(
        people.delegateB,
        (doc) => line(doc, id).format(12, 5, { [DELETION_MARK]: null }),
        (doc) => pending(doc, id).length === 0,
      ),
    );
    const fresh = await RawClient.connect(server.wsUrl, people.session.id, people.observer.token);
    await fresh.sync();
    expect(line(fresh.doc, id).toString()).toBe('The Parties shall meet.');
  });
});

describe('a suggested paragraph (a block the binding writes as a new element)', () => {
  it('a new paragraph of one’s own inserted words lands; splitting the text does not; rejecting removes the paragraph', async () => {
    const id = await clause('The Parties shall meet.');
    const mine = suggestionBy(people.delegateA);
    refused(
      await send(
        people.delegateA,
        (doc) => tiptap(doc, body(doc, id), (tr) => tr.split(at(4))),
        (doc) => body(doc, id).length > 1,
      ),
    );
    accepted(
      await send(
        people.delegateA,
        (doc) =>
          tiptap(doc, body(doc, id), (tr, pm) => {
            const mark = insertionMark(mine);
            const paragraph = schema.nodes.paragraph;
            if (!mark || !paragraph) throw new Error('no schema');
            return tr.insert(pm.content.size, paragraph.create(null, schema.text('They shall report.', [mark])));
          }),
        (doc) => body(doc, id).length === 2 && pending(doc, id).some((s) => s.id === mine.id),
      ),
    );
    await mediatorSays({ type: 'suggestion.reject', clauseId: id, suggestionIds: [mine.id] });
    const fresh = await RawClient.connect(server.wsUrl, people.session.id, people.observer.token);
    await fresh.sync();
    await waitFor(() => pending(fresh.doc, id).length === 0, 'the rejection to sync');
    expect(body(fresh.doc, id).length).toBe(1);
    expect(line(fresh.doc, id).toString()).toBe('The Parties shall meet.');
  });
});

describe('authorship', () => {
  for (const mode of ['direct', 'suggest'] as const) {
    it(`a suggestion in another participant’s or party’s name is refused (${mode} mode)`, async () => {
      const id = await clause('The Parties shall meet.', mode);
      const asB = suggestionBy(people.delegateB);
      const reason = refused(
        await send(
          people.delegateA,
          (doc) => line(doc, id).insert(0, 'Both ', { [INSERTION_MARK]: asB }),
          (doc) => line(doc, id).toString().includes('Both'),
        ),
      );
      expect(reason).toContain('in your own name');
      // Their own id with the other party's name is a forgery too.
      refused(
        await send(
          people.delegateA,
          (doc) =>
            line(doc, id).format(0, 3, {
              [DELETION_MARK]: { ...suggestionBy(people.delegateA), party: people.partyB },
            }),
          (doc) => pending(doc, id).length > 0,
        ),
      );
      // Nor may the mediator suggest in a delegate's name.
      refused(
        await send(
          people.mediator,
          (doc) => line(doc, id).insert(0, 'Both ', { [INSERTION_MARK]: suggestionBy(people.delegateA) }),
          (doc) => line(doc, id).toString().includes('Both'),
        ),
      );
    });
  }

  it('a delegate editing directly cannot touch another’s suggestion; the mediator may remove it', async () => {
    const id = await clause('The Parties shall meet.', 'direct');
    const bIns = suggestionBy(people.delegateB);
    accepted(
      await send(
        people.delegateB,
        (doc) => line(doc, id).insert(0, 'Both ', { [INSERTION_MARK]: bIns }),
        (doc) => pending(doc, id).some((s) => s.id === bIns.id),
      ),
    );
    refused(
      await send(
        people.delegateA,
        (doc) => line(doc, id).delete(0, 5),
        (doc) => pending(doc, id).length === 0,
      ),
    );
    // A's plain typing elsewhere is fine in direct mode.
    accepted(
      await send(
        people.delegateA,
        (doc) => line(doc, id).insert(28, ' soon'),
        (doc) => line(doc, id).toString().includes('soon'),
      ),
    );
    accepted(
      await send(
        people.mediator,
        (doc) => line(doc, id).delete(0, 5),
        (doc) => pending(doc, id).length === 0,
      ),
    );
  });
});

describe('the binding’s rewrites carry suggestions along', () => {
  it('the mediator joining two paragraphs (the second rewritten by the binding) keeps a delegate’s suggestion', async () => {
    const id = await clause('First paragraph.\nSecond paragraph.', 'suggest');
    const bIns = suggestionBy(people.delegateB);
    accepted(
      await send(
        people.delegateB,
        (doc) => line(doc, id, 1).insert(0, 'Very ', { [INSERTION_MARK]: bIns }),
        (doc) => pending(doc, id).some((s) => s.id === bIns.id),
      ),
    );
    // Backspace at the start of the second paragraph, as TipTap's binding writes it.
    accepted(
      await send(
        people.mediator,
        (doc) => tiptap(doc, body(doc, id), (tr, pm) => tr.join(pm.firstChild?.nodeSize ?? 0)),
        (doc) => body(doc, id).length === 1,
      ),
    );
    const fresh = await RawClient.connect(server.wsUrl, people.session.id, people.observer.token);
    await fresh.sync();
    expect(pending(fresh.doc, id).map((s) => [s.id, s.words])).toEqual([[bIns.id, 'Very ']]);
  });
});

describe('brackets and agreed clauses', () => {
  const bracketOf = (holder: string): Bracket => ({ holder, reason: 'substance', note: null });

  it('a suggestion inside another party’s bracket is refused; the holder may strike their own bracketed words', async () => {
    const id = await clause('Deploy 9,000 troops.', 'suggest', (doc, clauseId) =>
      line(doc, clauseId).format(7, 12, { [BRACKET_MARK]: bracketOf(people.partyA) }),
    );
    const reason = refused(
      await send(
        people.delegateB,
        (doc) => line(doc, id).format(7, 5, { [DELETION_MARK]: suggestionBy(people.delegateB) }),
        (doc) => pending(doc, id).length > 0,
      ),
    );
    expect(reason).toContain('bracketed by');
    refused(
      await send(
        people.delegateB,
        (doc) => line(doc, id).insert(12, 'more ', { [INSERTION_MARK]: suggestionBy(people.delegateB) }),
        (doc) => line(doc, id).toString().includes('more'),
      ),
    );
    const strike = suggestionBy(people.delegateA);
    accepted(
      await send(
        people.delegateA,
        (doc) => line(doc, id).format(7, 6, { [DELETION_MARK]: strike }),
        (doc) => pending(doc, id).some((s) => s.id === strike.id && s.words === '9,000 '),
      ),
    );
    // Striking words of one's own bracket does not lift or re-add the bracket in the record.
    const audit = await fetch(`${server.url}/api/sessions/${people.session.id}/audit?limit=500`, {
      headers: { authorization: `Bearer ${people.mediator.token}` },
    });
    const actions = auditPageSchema.parse(await audit.json()).entries.map((entry) => entry.action);
    // (The one bracket added is the mediator's, when the clause was written.)
    expect(actions.filter((action) => action.startsWith('bracket.'))).toEqual(['bracket.added']);
  });

  it('an agreed clause takes no suggestions', async () => {
    const id = await clause('Agreed words.', 'suggest');
    await mediatorSays({ type: 'clause.agreeWithoutObjection', clauseId: id });
    refused(
      await send(
        people.delegateA,
        (doc) => line(doc, id).insert(0, 'New ', { [INSERTION_MARK]: suggestionBy(people.delegateA) }),
        (doc) => line(doc, id).toString().includes('New'),
      ),
    );
  });
});

describe('accepting and rejecting', () => {
  it('accept and reject give the expected plain text, record the words and tell the author', async () => {
    const id = await clause('The Parties shall meet in Geneva.', 'suggest');
    const aIns = suggestionBy(people.delegateA);
    const aDel = suggestionBy(people.delegateA);
    const bIns = suggestionBy(people.delegateB);
    const bDel = suggestionBy(people.delegateB);
    accepted(
      await send(
        people.delegateA,
        (doc) => {
          line(doc, id).insert(17, ' annually', { [INSERTION_MARK]: aIns });
          line(doc, id).format(0, 4, { [DELETION_MARK]: aDel });
        },
        (doc) => pending(doc, id).length === 2,
      ),
    );
    accepted(
      await send(
        people.delegateB,
        (doc) => {
          // "The Parties shall annually meet in Geneva." → B strikes "in Geneva" and proposes "in Vienna".
          line(doc, id).format(31, 10, { [DELETION_MARK]: bDel });
          line(doc, id).insert(41, ' in Vienna', { [INSERTION_MARK]: bIns });
        },
        (doc) => pending(doc, id).length === 4,
      ),
    );
    // Pending suggestions hold up sign-off, naming them.
    const signOff = await command(server.url, people.session.id, people.delegateA.token, {
      type: 'clause.signOff',
      clauseId: id,
    });
    expect(signOff.status).toBe(409);
    expect(signOff.body.error).toContain('2 pending suggestions by');

    // Unknown suggestion: 404; the mediator accepts A's insertion and B's deletion, rejects the rest.
    const unknown = await command(server.url, people.session.id, people.mediator.token, {
      type: 'suggestion.accept',
      clauseId: id,
      suggestionIds: ['snothere1'],
    });
    expect(unknown.status).toBe(404);
    await mediatorSays({ type: 'suggestion.accept', clauseId: id, suggestionIds: [aIns.id, bDel.id] });
    await mediatorSays({ type: 'suggestion.reject', clauseId: id, partyId: people.partyA });
    await mediatorSays({ type: 'suggestion.reject', clauseId: id });
    const nothing = await command(server.url, people.session.id, people.mediator.token, {
      type: 'suggestion.reject',
      clauseId: id,
    });
    expect(nothing.status).toBe(409);

    const fresh = await RawClient.connect(server.wsUrl, people.session.id, people.observer.token);
    await fresh.sync();
    await waitFor(() => pending(fresh.doc, id).length === 0, 'no suggestion left');
    expect(line(fresh.doc, id).toString()).toBe('The Parties shall annually meet.');
    const record = clauseRecord(plenaryRoots(fresh.doc), id);
    expect(JSON.stringify(line(fresh.doc, id).toDelta())).not.toMatch(/insertion|deletion/);
    expect(record && readClause(record)?.status).toBe('proposed');

    const audit = await fetch(`${server.url}/api/sessions/${people.session.id}/audit?limit=500`, {
      headers: { authorization: `Bearer ${people.mediator.token}` },
    });
    const summaries = auditPageSchema
      .parse(await audit.json())
      .entries.filter((entry) => entry.action.startsWith('suggestion.') && entry.outcome === 'ok')
      .map((entry) => entry.summary);
    expect(summaries.join('\n')).toContain("accepted the insertion of 'annually' by Delegate of A");
    expect(summaries.join('\n')).toContain("the deletion of 'in Geneva' by Делегат B");
    expect(summaries.join('\n')).toContain("rejected the deletion of 'The'");

    for (const [who, kinds] of [
      [people.delegateA, ['suggestionAccepted', 'suggestionRejected']],
      [people.delegateB, ['suggestionAccepted', 'suggestionRejected']],
    ] as const) {
      const notices = await fetch(`${server.url}/api/sessions/${people.session.id}/notices`, {
        headers: { authorization: `Bearer ${who.token}` },
      });
      const told = noticesSchema.parse(await notices.json()).notices;
      for (const notice of told) expect(noticeInEnglish(notice)).toBe(notice.summary);
      const got = told.map((notice) => notice.kind);
      for (const kind of kinds) expect(got).toContain(kind);
    }
    // Nothing pending: the clause can be signed off again.
    const again = await command(server.url, people.session.id, people.delegateA.token, {
      type: 'clause.signOff',
      clauseId: id,
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
  });
});

describe('convergence', () => {
  it('three clients suggesting at once end with the same text, every suggestion kept', async () => {
    const id = await clause('The Parties shall meet in Geneva every year.', 'suggest');
    const writers = [people.delegateA, people.delegateB, people.delegateA];
    const clients = await Promise.all(
      writers.map(async (who) => {
        const client = await RawClient.connect(server.wsUrl, people.session.id, who.token);
        await client.sync();
        forwardLocalUpdates(client);
        return client;
      }),
    );
    const ids: string[] = [];
    // All at once, each on the copy it has: insertions at the same spot, strikes over different words
    // (two strikes over the same words would be one changing the other's suggestion: refused).
    clients.forEach((client, i) => {
      const who = writers[i] as Joined;
      const ins = suggestionBy(who);
      const del = suggestionBy(who);
      ids.push(ins.id, del.id);
      client.doc.transact(() => {
        const word = ['The', 'Geneva', 'every'][i] as string;
        const text = line(client.doc, id);
        text.format(text.toString().indexOf(word), word.length, { [DELETION_MARK]: del });
        // After the strike: its offset is the original text's (toString shows marks as tags).
        text.insert(17, ` word${i}`, { [INSERTION_MARK]: ins });
      });
    });
    await waitFor(
      () =>
        clients.every(
          (client) =>
            JSON.stringify(line(client.doc, id).toDelta()) === JSON.stringify(line(mediator.doc, id).toDelta()),
        ) && pending(mediator.doc, id).length === 6,
      'everyone to converge',
      5000,
    );
    for (const client of clients) expect(client.closedWith?.reason ?? null).toBeNull();
    const text = line(mediator.doc, id).toString();
    for (const i of [0, 1, 2]) expect(text).toContain(`word${i}`);
    const inserted = pending(mediator.doc, id)
      .filter((s) => s.kind === 'insertion')
      .map((s) => s.id);
    expect(inserted.sort()).toEqual([ids[0], ids[2], ids[4]].sort());
    // The mediator accepts everything: plain text, the same everywhere.
    await mediatorSays({ type: 'suggestion.accept', clauseId: id });
    await waitFor(
      () =>
        clients.every(
          (client) =>
            pending(client.doc, id).length === 0 &&
            line(client.doc, id).toString() === line(mediator.doc, id).toString(),
        ),
      'everyone to see the accepted text',
      5000,
    );
    // Struck words are gone, inserted ones stay (in the order Yjs gave the concurrent inserts).
    const final = line(mediator.doc, id).toString();
    expect(final).toMatch(/^ Parties shall( word\d){3} meet in {3}year\.$/);
  });
});
