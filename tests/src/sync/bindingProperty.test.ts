import type { ClientBindings, ClientOwner } from '@parley/server/gate';
import { admitUpdate, plenaryLayout } from '@parley/server/gate';
import type { ClauseId, Participant, ParticipantId, PartyId } from '@parley/shared';
import {
  BRACKET_MARK,
  changedForeignBracket,
  clauseRecord,
  createPlenaryDocument,
  insertClause,
  plenaryRoots,
  plenaryWriteContext,
} from '@parley/shared';
import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import StarterKit from '@tiptap/starter-kit';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BracketMark } from '../../../client/src/room/editor/BracketMark.ts';
import { bracketedRunsOf } from '../../../client/src/room/editor/bracketsInDoc.ts';
import { seededRandom } from '../helpers/seededRandom.ts';

/**
 * Property test of the bracket rule through TipTap's real binding: random editors (a mediator and two
 * delegations) type, delete, press Enter and Backspace, bracket and lift in ProseMirror, and
 * `@tiptap/y-tiptap` writes the Yjs updates, which the server's admission judges. The editor's own
 * rule (the client's guard, shared `changedForeignBracket` on ProseMirror documents) says which
 * edits are legitimate; an oracle reading Yjs's `toDelta` says what each admitted update really did.
 * Every legitimate edit must land, and no admitted update may change another party's bracketed words.
 */
const schema = getSchema([StarterKit.configure({ undoRedo: false }), BracketMark]);
const bracketType = schema.marks[BRACKET_MARK];
const boldType = schema.marks.bold;
if (!bracketType || !boldType) throw new Error('the client schema lacks its marks');

const PARTY_A = 'pa' as PartyId;
const PARTY_B = 'pb' as PartyId;
const PEOPLE: Participant[] = [
  { participantId: 'umed' as ParticipantId, role: 'mediator', name: 'Chair' },
  { participantId: 'ua' as ParticipantId, role: 'delegate', partyId: PARTY_A, name: 'A' },
  { participantId: 'ub' as ParticipantId, role: 'delegate', partyId: PARTY_B, name: 'B' },
];

class Bindings implements ClientBindings {
  private readonly owners = new Map<number, ClientOwner>();
  ownerOf(client: number) {
    return this.owners.get(client);
  }
  bind(client: number, owner: ClientOwner) {
    if (!this.owners.has(client)) this.owners.set(client, owner);
  }
}

type Step = (tr: Transform, pm: ProseMirrorNode, next: () => number, who: Participant) => void;

/** A random text position (inside some paragraph) of a ProseMirror document. */
function textPosition(pm: ProseMirrorNode, next: () => number): number {
  const positions: number[] = [];
  pm.descendants((node, pos) => {
    if (node.isTextblock) for (let i = 0; i <= node.content.size; i++) positions.push(pos + 1 + i);
    return !node.isTextblock;
  });
  return positions[Math.floor(next() * positions.length)] ?? 1;
}

function textRange(pm: ProseMirrorNode, next: () => number): [number, number] {
  const from = textPosition(pm, next);
  const $from = pm.resolve(from);
  const end = $from.end();
  return [from, Math.min(end, from + 1 + Math.floor(next() * 8))];
}

const STEPS: Record<string, Step> = {
  type: (tr, pm, next) => {
    const at = textPosition(pm, next);
    // What the editor gives typed text: the marks at the caret (a bracket is not inclusive at its end).
    tr.insert(at, schema.text(next() < 0.5 ? 'x' : 'new words', pm.resolve(at).marks()));
  },
  delete: (tr, pm, next) => {
    const [from, to] = textRange(pm, next);
    if (to > from) tr.delete(from, to);
  },
  enter: (tr, pm, next) => {
    tr.split(textPosition(pm, next));
  },
  backspaceJoin: (tr, pm, next) => {
    if (pm.childCount < 2) return;
    const index = 1 + Math.floor(next() * (pm.childCount - 1));
    let pos = 0;
    for (let i = 0; i < index; i++) pos += pm.child(i).nodeSize;
    tr.join(pos);
  },
  bracketOwn: (tr, pm, next, who) => {
    const [from, to] = textRange(pm, next);
    const holder = who.partyId ?? (next() < 0.5 ? PARTY_A : PARTY_B);
    if (to > from) tr.addMark(from, to, bracketType.create({ holder, reason: 'substance', note: null }));
  },
  bracketOthers: (tr, pm, next, who) => {
    const [from, to] = textRange(pm, next);
    const holder = who.partyId === PARTY_A ? PARTY_B : PARTY_A;
    if (to > from) tr.addMark(from, to, bracketType.create({ holder, reason: 'other', note: null }));
  },
  lift: (tr, pm, next) => {
    const [from, to] = textRange(pm, next);
    if (to > from) tr.removeMark(from, to, bracketType);
  },
  bold: (tr, pm, next) => {
    const [from, to] = textRange(pm, next);
    if (to > from) tr.addMark(from, to, boldType.create());
  },
};

/** Each paragraph's bracketed ops as Yjs's own `toDelta` reads them (the oracle, independent of the gate's reader). */
function foreignOps(fragment: Y.XmlFragment, party: string | undefined): string {
  const ops: string[] = [];
  for (const paragraph of fragment.toArray()) {
    if (!(paragraph instanceof Y.XmlElement)) continue;
    for (const child of paragraph.toArray()) {
      if (!(child instanceof Y.XmlText)) continue;
      let adjacent = false;
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        const bracket = op.attributes?.[BRACKET_MARK] as { holder?: string } | undefined;
        if (!bracket || typeof op.insert !== 'string') {
          adjacent = false;
          continue;
        }
        if (bracket.holder !== party) {
          const marks = Object.keys(op.attributes ?? {})
            .sort()
            .join('+');
          ops.push(`${adjacent ? '~' : '|'}${bracket.holder}:${marks}:${op.insert}`);
        }
        adjacent = true;
      }
    }
  }
  return ops.join('');
}

function run(seed: number, steps: number) {
  const next = seededRandom(seed);
  let server = createPlenaryDocument({
    title: 'Talks',
    parties: [
      { id: PARTY_A, name: 'A', color: '#0072b2' },
      { id: PARTY_B, name: 'B', color: '#d55e00' },
    ],
  });
  const clauseId = insertClause(plenaryRoots(server), {
    kind: 'operative',
    text: 'The Parties shall reduce forces by 9,000 troops.\nVerification follows within a year.',
  });
  const bindings = new Bindings();
  bindings.bind(server.clientID, 'server');
  const body = (doc: Y.Doc) => clauseRecord(plenaryRoots(doc), clauseId as ClauseId)?.get('body') as Y.XmlFragment;
  const counts = { landed: 0, refused: 0, guarded: 0 };
  for (let step = 0; step < steps; step++) {
    const who = PEOPLE[Math.floor(next() * PEOPLE.length)] as Participant;
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
    const fragment = body(copy);
    const { doc: pm, meta } = initProseMirrorDoc(fragment, schema);
    const name = Object.keys(STEPS)[Math.floor(next() * Object.keys(STEPS).length)] as string;
    const tr = new Transform(pm);
    try {
      STEPS[name]?.(tr, pm, next, who);
    } catch {
      continue; // A step ProseMirror itself cannot make here (e.g. a join of incompatible nodes).
    }
    if (!tr.docChanged) continue;
    // The editor's own rule: the client's guard stops a delegate's edit that changes another party's words.
    const legitimate =
      who.role === 'mediator' ||
      changedForeignBracket(bracketedRunsOf(pm), bracketedRunsOf(tr.doc), who.partyId) === null;
    if (!legitimate) counts.guarded++;

    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array) => updates.push(update);
    copy.on('update', capture);
    copy.transact(() => updateYFragment(copy, fragment, tr.doc, meta));
    copy.off('update', capture);
    if (updates.length === 0) continue;
    const update = Y.mergeUpdates(updates);

    const oracle = new Y.Doc();
    Y.applyUpdate(oracle, Y.encodeStateAsUpdate(server));
    const before = foreignOps(body(oracle), who.partyId);
    Y.applyUpdate(oracle, update);
    const keepsOthersWords = who.role === 'mediator' || foreignOps(body(oracle), who.partyId) === before;

    const snapshot = Y.encodeStateAsUpdate(server);
    const verdict = admitUpdate(
      {
        doc: server,
        update,
        sender: who,
        layout: plenaryLayout,
        context: plenaryWriteContext(server),
        bindings,
      },
      {
        apply: () => Y.applyUpdate(server, update),
        rollback: () => {
          server = new Y.Doc();
          Y.applyUpdate(server, snapshot);
        },
      },
    );
    const context = `seed ${seed} step ${step}: ${who.name} ${name}: ${verdict.ok ? 'landed' : verdict.reason}`;
    if (verdict.ok) expect(keepsOthersWords, `another party's words changed: ${context}`).toBe(true);
    if (legitimate) expect(verdict.ok, `a legitimate edit was refused: ${context}`).toBe(true);
    if (verdict.ok) {
      for (const client of verdict.newClients) bindings.bind(client, who.participantId);
      counts.landed++;
    } else counts.refused++;
  }
  return counts;
}

describe('brackets through TipTap’s binding: every legitimate edit lands, no other party’s words change', () => {
  it.each([1, 2, 3])('seed %i: 300 edits through y-tiptap', (seed) => {
    const counts = run(seed, 300);
    expect(counts.landed).toBeGreaterThan(100);
    expect(counts.refused).toBeGreaterThan(10);
    expect(counts.guarded).toBeGreaterThan(10);
  });
});
