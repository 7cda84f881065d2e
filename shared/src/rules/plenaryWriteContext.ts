import * as Y from 'yjs';
import type { ClauseId } from '../ids.ts';
import { readClauseState } from '../schema/Clause.ts';
import { readSilence, silenceCovers } from '../schema/ClosingState.ts';
import { readLanguages, readLanguagesInParallel, readSettings } from '../schema/Meta.ts';
import { readMutes } from '../schema/Moderation.ts';
import { plenaryRoots } from '../schema/roots.ts';
import { languageOfNegotiation } from '../schema/SessionLanguage.ts';
import type { WriteContext } from './WriteRules.ts';

/**
 * The state the write rules depend on, read live from a plenary document: the server builds it from
 * its copy for the update gate, the client from its own to show what is read-only. Built once per
 * document and kept until `meta` changes (settings, languages): the gate asks for it on every
 * incoming update, and building it each time was 4% of the server's busy time in the many-rooms
 * profile. Mutes and clause state are read live at each question, as before.
 */
export function plenaryWriteContext(plenary: Y.Doc): WriteContext {
  const cached = contexts.get(plenary);
  if (cached) return cached;
  const roots = plenaryRoots(plenary);
  const languages = readLanguages(roots);
  const context: WriteContext = {
    settings: readSettings(roots),
    isMuted: (who) => readMutes(roots).includes(who.participantId),
    clauseState: (clauseId: ClauseId) => readClauseState(roots, clauseId),
    languageOfNegotiation: languageOfNegotiation(languages),
    versionLanguages: languages.slice(1).map((language) => language.tag),
    languagesInParallel: readLanguagesInParallel(roots),
    underSilence: (clauseId) => silenceCovers(readSilence(roots), clauseId),
  };
  contexts.set(plenary, context);
  if (!watched.has(plenary)) {
    watched.add(plenary);
    // Before any observer runs, so whoever observes `meta` (the room's rights) reads the new context.
    plenary.on('beforeObserverCalls', (transaction: Y.Transaction) => {
      for (const type of transaction.changed.keys()) {
        if (isWithin(type, roots.meta)) {
          contexts.delete(plenary);
          return;
        }
      }
    });
  }
  return context;
}

/** Whether a changed type is `root` or lies inside it (a few parent hops per changed type). */
function isWithin(type: unknown, root: object): boolean {
  for (let current: unknown = type; current instanceof Y.AbstractType; current = current._item?.parent) {
    if (current === root) return true;
  }
  return false;
}

const contexts = new WeakMap<Y.Doc, WriteContext>();
const watched = new WeakSet<Y.Doc>();
