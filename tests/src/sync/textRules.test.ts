import type { Bracket, ClauseId } from '@parley/shared';
import { BRACKET_MARK, CloseCodes, clauseRecord, insertClause, MEDIATOR_HOLDER, plenaryRoots } from '@parley/shared';
import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import StarterKit from '@tiptap/starter-kit';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BracketMark } from '../../../client/src/room/editor/BracketMark.ts';
import type { Joined } from '../helpers/api.ts';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { RawClient } from '../helpers/rawClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { forwardLocalUpdates } from '../security/sessionFixture.ts';

/**
 * The rules of the text at the sync level (issue "The negotiating text keeps its promises"), with
 * raw y-protocols clients: hand-made updates that must be refused, and the exact writes of TipTap's
 * own Yjs binding (`@tiptap/y-tiptap`, with the client's schema) that must land.
 */

/** The client's editor schema: StarterKit as the room configures it, plus the bracket mark. */
const schema = getSchema([StarterKit.configure({ undoRedo: false }), BracketMark]);
const bracketMark = schema.marks[BRACKET_MARK];
if (!bracketMark) throw new Error('the client schema has no bracket mark');

let server: TestServer;
let people: Awaited<ReturnType<typeof sessionWithPeople>>;
let mediator: RawClient;
let reader: RawClient;

const bracketOf = (party: 'A' | 'B', extra: Partial<Bracket> = {}): Bracket => ({
  holder: party === 'A' ? people.partyA : people.partyB,
  reason: 'substance',
  note: null,
  ...extra,
});

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

/** A new clause written by the mediator, with `prepare` (e.g. brackets) applied, as everyone sees it. */
async function clause(paragraphs: string[], prepare?: (doc: Y.Doc, id: ClauseId) => void): Promise<ClauseId> {
  // Servers and connections close when each test ends: every test prepares its own.
  server = await startServer();
  people = await sessionWithPeople(server.url);
  mediator = await RawClient.connect(server.wsUrl, people.session.id, people.mediator.token);
  await mediator.sync();
  forwardLocalUpdates(mediator);
  reader = await RawClient.connect(server.wsUrl, people.session.id, people.observer.token);
  await reader.sync();
  const id = insertClause(plenaryRoots(mediator.doc), { kind: 'operative', text: paragraphs.join('\n') });
  if (prepare) mediator.doc.transact(() => prepare(mediator.doc, id));
  const expected = body(mediator.doc, id).toString();
  await waitFor(() => {
    try {
      return body(reader.doc, id).toString() === expected;
    } catch {
      return false;
    }
  }, 'the clause to reach everyone');
  return id;
}

/** The update a change to a fresh copy makes, sent by `who`; resolves once it was refused or landed. */
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
  return settle(client, landed);
}

async function sendRaw(who: Joined, update: Uint8Array, landed: (doc: Y.Doc) => boolean) {
  const client = await RawClient.connect(server.wsUrl, people.session.id, who.token);
  await client.sync();
  client.sendUpdate(update);
  return settle(client, landed);
}

/** Either the server closes the connection, or the change reaches a fresh reader; then what others see. */
async function settle(client: RawClient, landed: (doc: Y.Doc) => boolean) {
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

/** What TipTap's binding writes when the editor's document becomes `step(transform)`. */
function tiptap(doc: Y.Doc, fragment: Y.XmlFragment, step: (tr: Transform, pm: ProseMirrorNode) => Transform): void {
  const { doc: pmDoc, meta } = initProseMirrorDoc(fragment, schema);
  updateYFragment(doc, fragment, step(new Transform(pmDoc), pmDoc).doc, meta);
}

const refused = (outcome: Awaited<ReturnType<typeof settle>>) => {
  expect(outcome.closed?.code, 'closed with 4403').toBe(CloseCodes.Forbidden.code);
  expect(outcome.landed, 'nothing of it reached anyone').toBe(false);
  return outcome.closed?.reason ?? '';
};
const accepted = (outcome: Awaited<ReturnType<typeof settle>>) => {
  expect(outcome.closed, 'the connection stayed open').toBeNull();
  expect(outcome.landed, 'the change reached everyone').toBe(true);
};

/** One struct under a new client id, in update format V1. */
function craftedItem(item: (client: number) => Y.Item): Uint8Array {
  const client = 900_000_000 + Math.floor(Math.random() * 1_000_000);
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoder.writeClient(client);
  encoding.writeVarUint(encoder.restEncoder, 0);
  item(client).write(encoder, 0);
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

function deletion(client: number, clock: number, length: number): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 0);
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, client);
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoder.writeDsClock(clock);
  encoder.writeDsLen(length);
  return encoder.toUint8Array();
}

function liveItems(text: Y.XmlText): Y.Item[] {
  const items: Y.Item[] = [];
  for (let item = text._start; item !== null; item = item.right) if (!item.deleted) items.push(item);
  return items;
}

const deltaOf = (doc: Y.Doc, id: ClauseId, paragraph = 0) => JSON.stringify(line(doc, id, paragraph).toDelta());

describe('a clause’s fields stay present with their kinds', () => {
  for (const field of ['heading', 'body', 'options'] as const) {
    it(`a delegate cannot delete the ${field} of an open clause (the clause would drop out of the draft)`, async () => {
      const id = await clause(['The parties shall consult each other.']);
      const reason = refused(
        await send(
          people.delegateB,
          (doc) => clauseRecord(plenaryRoots(doc), id)?.delete(field),
          (doc) => clauseRecord(plenaryRoots(doc), id)?.has(field) === false,
        ),
      );
      expect(reason).toContain(`the ${field} of a clause cannot be removed`);
    });
  }

  it('nor replace a field with a new, empty one', async () => {
    const id = await clause(['Wording to keep.']);
    refused(
      await send(
        people.delegateA,
        (doc) => clauseRecord(plenaryRoots(doc), id)?.set('body', new Y.XmlFragment()),
        (doc) => !body(doc, id).toString().includes('Wording to keep'),
      ),
    );
  });
});

describe('rich text holds only what the editor’s schema can hold', () => {
  const attempts: [string, (doc: Y.Doc, id: ClauseId) => void][] = [
    ['a Y.Map in a clause body', (doc, id) => body(doc, id).push([new Y.Map() as never])],
    ['a Y.Text in a clause body', (doc, id) => body(doc, id).push([new Y.Text('x') as never])],
    ['text directly in a clause body', (doc, id) => body(doc, id).push([new Y.XmlText('loose')])],
    ['an element the schema does not know', (doc, id) => body(doc, id).push([new Y.XmlElement('script')])],
    [
      'a paragraph inside a paragraph',
      (doc, id) => (body(doc, id).get(0) as Y.XmlElement).push([new Y.XmlElement('paragraph')]),
    ],
    ['a Y.Map embedded in a text', (doc, id) => line(doc, id).insertEmbed(2, new Y.Map())],
    ['a plain embed in a text', (doc, id) => line(doc, id).insertEmbed(2, { image: 'x' })],
    ['a mark the editor does not define', (doc, id) => line(doc, id).format(0, 3, { highlight: {} })],
    ['a malformed bracket', (doc, id) => line(doc, id).format(0, 3, { [BRACKET_MARK]: { holder: 'x' } })],
    [
      'a shared type as a paragraph attribute',
      (doc, id) => (body(doc, id).get(0) as Y.XmlElement).setAttribute('x', new Y.Map() as never),
    ],
    [
      'an attribute the paragraph does not have',
      (doc, id) => (body(doc, id).get(0) as Y.XmlElement).setAttribute('onclick', 'x'),
    ],
    ['an attribute on a text run', (doc, id) => line(doc, id).setAttribute('style', 'x')],
  ];
  for (const [what, change] of attempts) {
    it(`refuses ${what}`, async () => {
      const id = await clause(['Plain words here.']);
      const before = body(reader.doc, id).toString();
      refused(
        await send(
          people.delegateA,
          (doc) => change(doc, id),
          (doc) => body(doc, id).toString() !== before,
        ),
      );
    });
  }

  it('refuses a key on a rich-text field (crafted: the API has no way to write one)', async () => {
    const id = await clause(['Keys are not part of rich text.']);
    const bodyItem = body(reader.doc, id)._item;
    if (!bodyItem) throw new Error('body has no item');
    const update = craftedItem(
      (client) =>
        new Y.Item(Y.createID(client, 0), null, null, null, null, bodyItem.id, 'key', new Y.ContentAny(['x'])),
    );
    refused(
      await sendRaw(people.delegateA, update, (doc) =>
        (body(doc, id) as unknown as { _map: Map<string, unknown> })._map.has('key'),
      ),
    );
  });
});

describe('options are records {id, label, body}', () => {
  const attempts: [string, (options: Y.Array<unknown>) => void][] = [
    ['a plain string', (options) => options.push(['not an option'])],
    [
      'a map without a body',
      (options) =>
        options.push([
          new Y.Map([
            ['id', 'o1'],
            ['label', 'Option 1'],
          ]),
        ]),
    ],
    [
      'a map whose body is a Y.Map',
      (options) =>
        options.push([
          new Y.Map<unknown>([
            ['id', 'o2'],
            ['label', 'Option 2'],
            ['body', new Y.Map()],
          ]),
        ]),
    ],
    [
      'a map with an unknown field',
      (options) =>
        options.push([
          new Y.Map<unknown>([
            ['id', 'o3'],
            ['label', 'Option 3'],
            ['body', new Y.XmlFragment()],
            ['secret', 'x'],
          ]),
        ]),
    ],
  ];
  for (const [what, change] of attempts) {
    it(`refuses ${what} as an option`, async () => {
      const id = await clause(['With options.']);
      const options = (doc: Y.Doc) => clauseRecord(plenaryRoots(doc), id)?.get('options') as Y.Array<unknown>;
      refused(
        await send(
          people.delegateA,
          (doc) => change(options(doc)),
          (doc) => options(doc).length > 0,
        ),
      );
    });
  }

  it('accepts a well-formed option from a delegate while the clause is open', async () => {
    const id = await clause(['With a good option.']);
    const options = (doc: Y.Doc) => clauseRecord(plenaryRoots(doc), id)?.get('options') as Y.Array<unknown>;
    accepted(
      await send(
        people.delegateA,
        (doc) =>
          options(doc).push([
            new Y.Map<unknown>([
              ['id', 'o4'],
              ['label', 'Option 1'],
              ['body', new Y.XmlFragment()],
              // Only the server stamps an origin (draft.table); a client's option says it has none.
              ['origin', null],
            ]),
          ]),
        (doc) => options(doc).length === 1,
      ),
    );
  });
});

describe('a bracket belongs to its holder (judged by what each character ends up under)', () => {
  const bracketed = (doc: Y.Doc, id: ClauseId) => line(doc, id).format(4, 7, { [BRACKET_MARK]: bracketOf('A') });

  it('B cannot delete the end marker of A’s bracket (A’s bracket would run over the rest of the line)', async () => {
    const id = await clause(['The parties shall consult each other.'], bracketed);
    const end = liveItems(line(reader.doc, id)).find(
      (item) => item.content instanceof Y.ContentFormat && item.content.value === null,
    );
    if (!end) throw new Error('no end marker');
    const before = deltaOf(reader.doc, id);
    const reason = refused(
      await sendRaw(people.delegateB, deletion(end.id.client, end.id.clock, 1), (doc) => deltaOf(doc, id) !== before),
    );
    expect(reason).toContain('bracketed by Ruritania');
    expect(reason).toContain('only Ruritania or the mediator');
  });

  it('B cannot put its own bracket start inside A’s bracket (taking over its tail)', async () => {
    const id = await clause(['The parties shall consult each other.'], bracketed);
    const chars = liveItems(line(reader.doc, id)).filter((item) => item.content instanceof Y.ContentString);
    const inside = chars.find((item) => (item.content as Y.ContentString).str.startsWith('parties'));
    if (!inside) throw new Error('no bracketed words');
    const left = Y.createID(inside.id.client, inside.id.clock + 1);
    const right = Y.createID(inside.id.client, inside.id.clock + 2);
    const before = deltaOf(reader.doc, id);
    const update = craftedItem(
      (client) =>
        new Y.Item(
          Y.createID(client, 0),
          null,
          left,
          null,
          right,
          null,
          null,
          new Y.ContentFormat(BRACKET_MARK, bracketOf('B')),
        ),
    );
    refused(await sendRaw(people.delegateB, update, (doc) => deltaOf(doc, id) !== before));
  });

  it('B cannot empty A’s bracket with a delete set naming only the bracketed words', async () => {
    const id = await clause(['The parties shall consult each other.'], bracketed);
    const words = liveItems(line(reader.doc, id)).find(
      (item) => item.content instanceof Y.ContentString && item.content.str.startsWith('parties'),
    );
    if (!words) throw new Error('no bracketed words');
    const before = deltaOf(reader.doc, id);
    refused(
      await sendRaw(
        people.delegateB,
        deletion(words.id.client, words.id.clock, 7),
        (doc) => deltaOf(doc, id) !== before,
      ),
    );
  });

  it('B cannot change the words inside A’s bracket with its editor ("[9,000 troops]" → "[9,5 troops]")', async () => {
    const id = await clause(['Deploy 9,000 troops.'], (doc, clauseId) =>
      line(doc, clauseId).format(7, 12, { [BRACKET_MARK]: bracketOf('A') }),
    );
    const before = deltaOf(reader.doc, id);
    // ProseMirror positions: 1 is the start of the first paragraph's text.
    const step = (tr: Transform) => tr.replaceWith(10, 13, schema.text('5', [bracketMark.create(bracketOf('A'))]));
    const reason = refused(
      await send(
        people.delegateB,
        (doc) => tiptap(doc, body(doc, id), step),
        (doc) => deltaOf(doc, id) !== before,
      ),
    );
    expect(reason).toContain('“9,000 troops”');
    // The holder may.
    accepted(
      await send(
        people.delegateA,
        (doc) => tiptap(doc, body(doc, id), step),
        (doc) => line(doc, id).toString().includes('9,5 troops'),
      ),
    );
  });

  it('the mediator may change and lift any bracket', async () => {
    const id = await clause(['The parties shall consult each other.'], bracketed);
    accepted(
      await send(
        people.mediator,
        (doc) => line(doc, id).format(4, 7, { [BRACKET_MARK]: null }),
        (doc) => !deltaOf(doc, id).includes(BRACKET_MARK),
      ),
    );
  });
});

describe('a bracket held by the mediator (a zero draft’s) is foreign to every party', () => {
  const held: Bracket = { holder: MEDIATOR_HOLDER, reason: 'other', note: 'imported; to be reassigned' };
  const mediatorHeld = (doc: Y.Doc, id: ClauseId) => line(doc, id).format(7, 12, { [BRACKET_MARK]: held });

  for (const who of ['delegateA', 'delegateB'] as const) {
    it(`${who} cannot change the words inside it with the editor; the reason names the mediator`, async () => {
      const id = await clause(['Deploy 9,000 troops.'], mediatorHeld);
      const before = deltaOf(reader.doc, id);
      const step = (tr: Transform) => tr.replaceWith(10, 13, schema.text('5', [bracketMark.create(held)]));
      const reason = refused(
        await send(
          people[who],
          (doc) => tiptap(doc, body(doc, id), step),
          (doc) => deltaOf(doc, id) !== before,
        ),
      );
      expect(reason).toContain('bracketed by the mediator: only the mediator may change them');
    });
  }

  it('a delegate cannot lift it', async () => {
    const id = await clause(['Deploy 9,000 troops.'], mediatorHeld);
    refused(
      await send(
        people.delegateA,
        (doc) => line(doc, id).format(7, 12, { [BRACKET_MARK]: null }),
        (doc) => !deltaOf(doc, id).includes(BRACKET_MARK),
      ),
    );
  });

  it('a delegate cannot take it over (re-mark it as their own party’s)', async () => {
    const id = await clause(['Deploy 9,000 troops.'], mediatorHeld);
    refused(
      await send(
        people.delegateA,
        (doc) => line(doc, id).format(7, 12, { [BRACKET_MARK]: bracketOf('A') }),
        (doc) => deltaOf(doc, id).includes(people.partyA),
      ),
    );
  });

  it('a delegate cannot put new words under a mediator-held bracket', async () => {
    const id = await clause(['Deploy troops.']);
    refused(
      await send(
        people.delegateB,
        (doc) => line(doc, id).insert(7, 'many ', { [BRACKET_MARK]: held }),
        (doc) => line(doc, id).toString().includes('many'),
      ),
    );
  });

  it('a delegate may still edit outside it', async () => {
    const id = await clause(['Deploy 9,000 troops.'], mediatorHeld);
    accepted(
      await send(
        people.delegateB,
        (doc) => line(doc, id).insert(0, 'Shall '),
        (doc) => line(doc, id).toString().startsWith('Shall'),
      ),
    );
  });

  it('the mediator may change its words and lift it', async () => {
    const id = await clause(['Deploy 9,000 troops.'], mediatorHeld);
    const step = (tr: Transform) => tr.replaceWith(10, 13, schema.text('5', [bracketMark.create(held)]));
    accepted(
      await send(
        people.mediator,
        (doc) => tiptap(doc, body(doc, id), step),
        (doc) => line(doc, id).toString().includes('9,5 troops'),
      ),
    );
    accepted(
      await send(
        people.mediator,
        (doc) => line(doc, id).format(0, line(doc, id).length, { [BRACKET_MARK]: null }),
        (doc) => !deltaOf(doc, id).includes(BRACKET_MARK),
      ),
    );
  });
});

describe('TipTap’s own writes around brackets land (no false refusals)', () => {
  /** "[Clause][ one]: the parties agree." with "Clause" held by A and " one" by B. */
  const junction = (doc: Y.Doc, id: ClauseId) => {
    line(doc, id).format(0, 6, { [BRACKET_MARK]: bracketOf('A') });
    line(doc, id).format(6, 4, { [BRACKET_MARK]: bracketOf('B') });
  };

  it('typing right after A’s bracket when B’s bracket follows directly', async () => {
    const id = await clause(['Clause one: the parties agree.'], junction);
    accepted(
      await send(
        people.delegateB,
        (doc) => tiptap(doc, body(doc, id), (tr) => tr.replaceWith(7, 7, schema.text('X'))),
        (doc) => line(doc, id).toString().includes('X'),
      ),
    );
  });

  it('lifting one’s own bracket that directly follows another party’s', async () => {
    const id = await clause(['Clause one: the parties agree.'], junction);
    accepted(
      await send(
        people.delegateB,
        (doc) => tiptap(doc, body(doc, id), (tr) => tr.removeMark(7, 11, bracketMark)),
        (doc) => !deltaOf(doc, id).includes(people.partyB),
      ),
    );
  });

  const twoParagraphs = ['First paragraph.', 'The parties shall consult.'];
  const secondBracketed = (doc: Y.Doc, id: ClauseId) =>
    line(doc, id, 1).format(4, 7, { [BRACKET_MARK]: bracketOf('A') });

  it('Enter just before another party’s bracket', async () => {
    const id = await clause(['First paragraph. The parties shall consult.'], (doc, clauseId) =>
      line(doc, clauseId).format(17, 26, { [BRACKET_MARK]: bracketOf('A') }),
    );
    accepted(
      await send(
        people.delegateB,
        (doc) => tiptap(doc, body(doc, id), (tr) => tr.split(18)),
        (doc) => body(doc, id).length === 2,
      ),
    );
    expect(deltaOf(reader.doc, id, 1)).toContain(people.partyA);
  });

  it('Backspace joining a paragraph that holds another party’s bracket to the one before', async () => {
    const id = await clause(twoParagraphs, secondBracketed);
    accepted(
      await send(
        people.delegateB,
        (doc) => tiptap(doc, body(doc, id), (tr, pm) => tr.join(pm.child(0).nodeSize)),
        (doc) => body(doc, id).length === 1,
      ),
    );
    await waitFor(() => body(reader.doc, id).length === 1, 'the join to reach the reader');
    expect(deltaOf(reader.doc, id)).toContain(people.partyA);
  });

  it('Backspace joining the paragraph after one holding another party’s bracket', async () => {
    const id = await clause(['The parties shall consult.', 'Second paragraph.'], (doc, clauseId) =>
      line(doc, clauseId).format(4, 7, { [BRACKET_MARK]: bracketOf('A') }),
    );
    accepted(
      await send(
        people.delegateB,
        (doc) => tiptap(doc, body(doc, id), (tr, pm) => tr.join(pm.child(0).nodeSize)),
        (doc) => body(doc, id).length === 1,
      ),
    );
  });

  it('a keystroke in a paragraph holding a bracket stored without `note`', async () => {
    const id = await clause(['The parties shall consult.'], (doc, clauseId) =>
      line(doc, clauseId).format(4, 7, { [BRACKET_MARK]: { holder: people.partyA, reason: 'substance' } }),
    );
    accepted(
      await send(
        people.delegateB,
        (doc) => tiptap(doc, body(doc, id), (tr) => tr.replaceWith(1, 1, schema.text('X'))),
        (doc) => line(doc, id).toString().includes('X'),
      ),
    );
  });

  it('a keystroke inside another party’s bracket is refused with the holder named', async () => {
    const id = await clause(['The parties shall consult.'], (doc, clauseId) =>
      line(doc, clauseId).format(4, 7, { [BRACKET_MARK]: bracketOf('A') }),
    );
    const reason = refused(
      await send(
        people.delegateB,
        (doc) =>
          tiptap(doc, body(doc, id), (tr) =>
            tr.replaceWith(8, 8, schema.text('X', [bracketMark.create(bracketOf('A'))])),
          ),
        (doc) => line(doc, id).toString().includes('X'),
      ),
    );
    expect(reason).toContain('Ruritania');
  });
});

describe('client ids', () => {
  it('the client id that wrote the session’s initial document cannot be taken by a participant', async () => {
    server = await startServer();
    const fresh = await sessionWithPeople(server.url);
    const look = await RawClient.connect(server.wsUrl, fresh.session.id, fresh.mediator.token);
    await look.sync();
    const [creator] = [...Y.decodeStateVector(Y.encodeStateVector(look.doc)).entries()];
    look.close();
    if (!creator) throw new Error('no creator id');
    const [id, clock] = creator;
    const encoder = new Y.UpdateEncoderV1();
    encoding.writeVarUint(encoder.restEncoder, 1);
    encoding.writeVarUint(encoder.restEncoder, 1);
    encoder.writeClient(id);
    encoding.writeVarUint(encoder.restEncoder, clock);
    new Y.GC(Y.createID(id, clock), 8).write(encoder, 0);
    encoding.writeVarUint(encoder.restEncoder, 0);
    const client = await RawClient.connect(server.wsUrl, fresh.session.id, fresh.delegateA.token);
    await client.sync();
    client.sendUpdate(encoder.toUint8Array());
    const closed = await client.closedWithin(2000, 'writing under the creator’s id');
    expect(closed.code).toBe(CloseCodes.Forbidden.code);
    expect(closed.reason).toContain('belongs to someone else');
  });
});

describe('a refused update is rolled back whole', () => {
  it('the room goes on after it: others keep editing, commands land, and a restart holds the same text', async () => {
    const id = await clause(['The parties shall consult each other.'], (doc, clauseId) =>
      line(doc, clauseId).format(4, 7, { [BRACKET_MARK]: bracketOf('A') }),
    );
    const watcher = await RawClient.connect(server.wsUrl, people.session.id, people.delegateA.token);
    await watcher.sync();
    const before = deltaOf(reader.doc, id);
    refused(
      await send(
        people.delegateB,
        (doc) => line(doc, id).delete(4, 7),
        (doc) => deltaOf(doc, id) !== before,
      ),
    );
    // The mediator's connection, open across the rollback, keeps writing; a command lands too.
    line(mediator.doc, id).insert(0, 'Now ');
    const added = await command(server.url, people.session.id, people.mediator.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'A later clause.',
    });
    expect(added.status).toBe(200);
    const expected = 'Now The parties shall consult each other.';
    for (const client of [watcher, reader, mediator]) {
      await waitFor(
        () =>
          line(client.doc, id)
            .toString()
            .replace(/<[^>]*>/g, '') === expected,
        'the edit after the rollback to reach everyone',
      );
      await waitFor(() => plenaryRoots(client.doc).clauseOrder.length === 2, 'the new clause to reach everyone');
    }
    expect(watcher.isOpen && reader.isOpen && mediator.isOpen).toBe(true);
    const live = Y.encodeStateVector(mediator.doc);
    await server.close();
    const restarted = await startServer({ dataDir: server.dataDir });
    const again = await RawClient.connect(restarted.wsUrl, people.session.id, people.mediator.token);
    await again.sync();
    expect(deltaOf(again.doc, id)).toBe(deltaOf(mediator.doc, id));
    expect(Y.encodeStateVector(again.doc)).toEqual(live);
  });
});
