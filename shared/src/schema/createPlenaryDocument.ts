import * as Y from 'yjs';
import { addParty, writeTitle } from './Meta.ts';
import { migratePlenary } from './migrations.ts';
import type { Party } from './Party.ts';
import { plenaryRoots } from './roots.ts';

export interface PlenaryInit {
  readonly title: string;
  readonly parties: readonly Party[];
}

/** A new session's plenary document: current schema, title and parties; no agenda or clauses yet. */
export function createPlenaryDocument(init: PlenaryInit): Y.Doc {
  const doc = new Y.Doc();
  migratePlenary(doc);
  const roots = plenaryRoots(doc);
  doc.transact(() => {
    writeTitle(roots, init.title);
    for (const party of init.parties) addParty(roots, party);
  });
  return doc;
}
