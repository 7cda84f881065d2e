import type * as Y from 'yjs';

/**
 * The root types of a session's plenary document (DESIGN.md, "The plenary document's layout").
 * These names are a contract with bots, importers and tests; they never change without a migration.
 */
export const PlenaryRoot = {
  meta: 'meta',
  agenda: 'agenda',
  statements: 'statements',
  clauses: 'clauses',
  clauseOrder: 'clauseOrder',
  moderation: 'moderation',
} as const;
export type PlenaryRootName = (typeof PlenaryRoot)[keyof typeof PlenaryRoot];

/** What kind of shared type each root is; `applyUpdate` would create any root it is sent. */
export const PLENARY_ROOT_KINDS: Readonly<Record<PlenaryRootName, 'map' | 'array'>> = {
  meta: 'map',
  agenda: 'array',
  statements: 'map',
  clauses: 'map',
  clauseOrder: 'array',
  moderation: 'map',
};

/**
 * A breakout room's document (a caucus, a working group, the mediators' notes): free-form rich-text
 * `notes`, the room's `drafts` (draft clauses, `RoomDraft.ts`) and `tabled`, the server's record of
 * which drafts were tabled in the plenary (written by commands only).
 */
export const RoomRoot = { notes: 'notes', drafts: 'drafts', tabled: 'tabled' } as const;

export interface PlenaryRoots {
  readonly meta: Y.Map<unknown>;
  readonly agenda: Y.Array<Y.Map<unknown>>;
  readonly statements: Y.Map<Y.XmlFragment>;
  readonly clauses: Y.Map<Y.Map<unknown>>;
  readonly clauseOrder: Y.Array<string>;
  readonly moderation: Y.Map<unknown>;
}

/**
 * The plenary's root types. A document gives the same instance for a root once asked for it by its
 * class, so they are looked up once per document: the server asks several times per keystroke, and
 * six lookups each time were about 3% of its busy time in the many-rooms profile.
 */
export function plenaryRoots(doc: Y.Doc): PlenaryRoots {
  const known = rootsOfDocs.get(doc);
  if (known) return known;
  const roots: PlenaryRoots = {
    meta: doc.getMap(PlenaryRoot.meta),
    agenda: doc.getArray(PlenaryRoot.agenda),
    statements: doc.getMap(PlenaryRoot.statements),
    clauses: doc.getMap(PlenaryRoot.clauses),
    clauseOrder: doc.getArray(PlenaryRoot.clauseOrder),
    moderation: doc.getMap(PlenaryRoot.moderation),
  };
  rootsOfDocs.set(doc, roots);
  return roots;
}

const rootsOfDocs = new WeakMap<Y.Doc, PlenaryRoots>();

/** The rich-text notes of a caucus room or of the mediators' notes document. */
export function roomNotes(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(RoomRoot.notes);
}
