import * as Y from 'yjs';
import { addParty, writeLanguages, writeLanguagesInParallel, writeTitle } from './Meta.ts';
import { migratePlenary } from './migrations.ts';
import type { Party } from './Party.ts';
import { plenaryRoots } from './roots.ts';
import type { SessionLanguage } from './SessionLanguage.ts';

export interface PlenaryInit {
  readonly title: string;
  readonly parties: readonly Party[];
  /** The language of negotiation first; English alone when not given. */
  readonly languages?: readonly SessionLanguage[];
  /** Whether the versions are negotiated in parallel (false when not given). */
  readonly languagesInParallel?: boolean;
}

/** A new session's plenary document: current schema, title, parties and languages; no agenda or clauses yet. */
export function createPlenaryDocument(init: PlenaryInit): Y.Doc {
  const doc = new Y.Doc();
  migratePlenary(doc);
  const roots = plenaryRoots(doc);
  doc.transact(() => {
    writeTitle(roots, init.title);
    for (const party of init.parties) addParty(roots, party);
    if (init.languages) writeLanguages(roots, init.languages);
    if (init.languagesInParallel === true) writeLanguagesInParallel(roots, true);
  });
  return doc;
}
