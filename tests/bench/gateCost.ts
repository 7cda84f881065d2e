import type { ClientBindings, ClientOwner } from '@parley/server/gate';
import { admitUpdate, checkUpdate, plenaryLayout } from '@parley/server/gate';
import type { Participant, ParticipantId, PartyId } from '@parley/shared';
import {
  appendParagraph,
  BRACKET_MARK,
  clauseRecord,
  createPlenaryDocument,
  insertClause,
  plenaryRoots,
  plenaryWriteContext,
  readClause,
} from '@parley/shared';
import * as Y from 'yjs';

/**
 * The update gate's cost (issue 3): time to check one update on a 500-clause document against an
 * almost empty one, next to `Y.applyUpdate` of the same update, in the same run.
 */
const delegate: Participant = {
  participantId: 'ubench' as ParticipantId,
  role: 'delegate',
  partyId: 'pa' as PartyId,
  name: 'B',
};
const mediator: Participant = { participantId: 'umed' as ParticipantId, role: 'mediator', name: 'M' };

class Bindings implements ClientBindings {
  private readonly owners = new Map<number, ClientOwner>();
  ownerOf(client: number) {
    return this.owners.get(client);
  }
  bind(client: number, owner: ClientOwner) {
    this.owners.set(client, owner);
  }
}

function draft(clauses: number): Y.Doc {
  const doc = createPlenaryDocument({
    title: 'Bench',
    parties: [{ id: 'pa' as PartyId, name: 'A', color: '#0072b2' }],
  });
  const roots = plenaryRoots(doc);
  for (let i = 0; i < clauses; i++) {
    const id = insertClause(roots, {
      kind: i < 20 ? 'preamble' : 'operative',
      text: `Clause ${i}: the Parties shall cooperate in good faith on matter ${i}.`,
    });
    // Some history per clause: typed in several bursts, with deletions, as real drafting leaves it.
    const body = readClause(clauseRecord(roots, id) ?? new Y.Map())?.body;
    if (body)
      for (let k = 0; k < 3; k++) appendParagraph(body, `Subparagraph (${String.fromCharCode(97 + k)}) of ${i}`);
  }
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function updateFrom(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const client = copyOf(doc);
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  client.transact(() => change(client));
  return Y.mergeUpdates(updates);
}

function middleText(doc: Y.Doc): Y.XmlText {
  const roots = plenaryRoots(doc);
  const id = roots.clauseOrder.get(Math.floor(roots.clauseOrder.length / 2));
  const body = readClause(clauseRecord(roots, id as never) ?? new Y.Map())?.body;
  const paragraph = body?.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeGate(doc: Y.Doc, update: Uint8Array, sender: Participant, runs: number): number {
  const context = plenaryWriteContext(doc);
  const bindings = new Bindings();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const verdict = checkUpdate({ doc, update, sender, layout: plenaryLayout, context, bindings });
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
    if (!verdict.ok) throw new Error(`bench update refused: ${verdict.reason}`);
  }
  return median(samples);
}

function timeApply(doc: Y.Doc, update: Uint8Array, runs: number): number {
  const copies = Array.from({ length: runs }, () => copyOf(doc));
  const samples = copies.map((copy) => {
    const start = process.hrtime.bigint();
    Y.applyUpdate(copy, update);
    return Number(process.hrtime.bigint() - start) / 1000;
  });
  return median(samples);
}

interface Case {
  readonly name: string;
  readonly sender: Participant;
  readonly change: (copy: Y.Doc) => void;
}

const CASES: Case[] = [
  { name: '1 keystroke', sender: delegate, change: (d) => middleText(d).insert(3, 'x') },
  {
    name: 'paste of 2,000 characters',
    sender: delegate,
    change: (d) => middleText(d).insert(0, 'lorem ipsum '.repeat(167)),
  },
  {
    name: 'sync step 2 with 50 offline edits',
    sender: delegate,
    change: (d) => {
      const text = middleText(d);
      for (let i = 0; i < 50; i++) text.insert((i * 7) % text.length, `${i}`);
    },
  },
  {
    name: 'mediator deletes a clause',
    sender: mediator,
    change: (d) => {
      const roots = plenaryRoots(d);
      const index = Math.min(5, roots.clauseOrder.length - 1);
      const id = roots.clauseOrder.get(index);
      roots.clauseOrder.delete(index, 1);
      roots.clauses.delete(id);
    },
  },
];

/** Successive keystrokes of one client typing at `at` of the middle clause, as separate updates. */
function keystrokes(doc: Y.Doc, at: number, count: number): Uint8Array[] {
  const client = copyOf(doc);
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) middleText(client).insert(at + i, 'x');
  return updates;
}

/**
 * What a room does per update that writes clause text: the gate, the tentative apply, and reading the
 * bracketed words of the clause before and after, on a warm document (typing, keystroke after
 * keystroke), next to `Y.applyUpdate` of the same keystrokes on another warm copy.
 */
function timeTyping(doc: Y.Doc, updates: readonly Uint8Array[], sender: Participant): { admit: number; apply: number } {
  const admitted = copyOf(doc);
  const applied = copyOf(doc);
  const bindings = new Bindings();
  const admit: number[] = [];
  const apply: number[] = [];
  for (const update of updates) {
    let start = process.hrtime.bigint();
    const verdict = admitUpdate(
      { doc: admitted, update, sender, layout: plenaryLayout, context: plenaryWriteContext(admitted), bindings },
      { apply: () => Y.applyUpdate(admitted, update), rollback: () => {} },
    );
    admit.push(Number(process.hrtime.bigint() - start) / 1000);
    if (!verdict.ok) throw new Error(`bench keystroke refused: ${verdict.reason}`);
    for (const client of verdict.newClients) bindings.bind(client, sender.participantId);
    start = process.hrtime.bigint();
    Y.applyUpdate(applied, update);
    apply.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  // The first keystrokes warm the JIT and the documents' caches: the median is of the rest.
  return { admit: median(admit.slice(200)), apply: median(apply.slice(200)) };
}

/**
 * A refused keystroke: admitted tentatively, found to change another party's words, and rolled back
 * by reading the document anew (here from its encoded state; the room reads the same from SQLite).
 */
function timeRefusal(doc: Y.Doc, runs: number): number {
  const snapshot = Y.encodeStateAsUpdate(doc);
  let current = copyOf(doc);
  const bindings = new Bindings();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [update] = keystrokes(current, 3, 1);
    if (!update) throw new Error('no keystroke');
    const start = process.hrtime.bigint();
    const verdict = admitUpdate(
      {
        doc: current,
        update,
        sender: delegate,
        layout: plenaryLayout,
        context: plenaryWriteContext(current),
        bindings,
      },
      {
        apply: () => Y.applyUpdate(current, update),
        rollback: () => {
          current = new Y.Doc();
          Y.applyUpdate(current, snapshot);
        },
      },
    );
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
    if (verdict.ok) throw new Error('bench keystroke inside the bracket was admitted');
  }
  return median(samples);
}

/** The middle clause with its first words bracketed by the other party ("[Clause 250:] the Parties …"). */
function withForeignBracket(doc: Y.Doc): Y.Doc {
  const copy = copyOf(doc);
  middleText(copy).format(0, 11, { [BRACKET_MARK]: { holder: 'pb', reason: 'substance', note: null } });
  return copy;
}

export function runAdmissionBench(): string[] {
  const large = withForeignBracket(draft(500));
  const typing = timeTyping(large, keystrokes(large, 20, 1200), delegate);
  const refused = timeRefusal(large, 30);
  return [
    'Admission of clause-text updates on the 500-clause document (gate + tentative apply + bracket check), median µs',
    '| update | admission | `Y.applyUpdate` alone | admission / apply |',
    '|---|---:|---:|---:|',
    `| 1 keystroke beside another party's bracket (admitted; typing, median of the last 1,000 of 1,200 keystrokes) | ${typing.admit.toFixed(1)} | ${typing.apply.toFixed(1)} | ${(typing.admit / typing.apply).toFixed(2)} |`,
    `| 1 keystroke inside it (refused, document reloaded) | ${refused.toFixed(1)} | ${typing.apply.toFixed(1)} | ${(refused / typing.apply).toFixed(0)} |`,
  ];
}

export function runGateBench(): string[] {
  const small = draft(1);
  const large = draft(500);
  const lines = [
    `Update gate, median of 200 runs (µs), yjs ${'13.6.33'}; documents: 1 clause (${Y.encodeStateAsUpdate(small).length} B) and 500 clauses (${Y.encodeStateAsUpdate(large).length} B)`,
    '| update | gate, 1 clause | gate, 500 clauses | applyUpdate, 500 clauses | gate / apply |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const c of CASES) {
    const onSmall = timeGate(small, updateFrom(small, c.change), c.sender, 200);
    const largeUpdate = updateFrom(large, c.change);
    const onLarge = timeGate(large, largeUpdate, c.sender, 200);
    const apply = timeApply(large, largeUpdate, 200);
    lines.push(
      `| ${c.name} (${largeUpdate.length} B) | ${onSmall.toFixed(1)} | ${onLarge.toFixed(1)} | ${apply.toFixed(1)} | ${(onLarge / apply).toFixed(2)} |`,
    );
  }
  return [...lines, '', ...runAdmissionBench()];
}
