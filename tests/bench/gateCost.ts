import type { ClientBindings, ClientOwner } from '@parley/server/gate';
import { checkUpdate, plenaryLayout } from '@parley/server/gate';
import type { Participant, ParticipantId, PartyId } from '@parley/shared';
import {
  appendParagraph,
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
  return lines;
}
