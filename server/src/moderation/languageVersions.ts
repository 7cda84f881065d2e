import type { ClauseId, PlenaryRoots } from '@parley/shared';
import { clauseRecord, clauseVersionsComplete, ensureClauseVersions, readLanguages } from '@parley/shared';

/**
 * Creates the language versions that are missing (a version record per language other than the
 * language of negotiation, an option body per option) for the given clauses, or for every clause.
 * The server runs it inside its own transaction after whatever may add a clause, an option or a
 * language: a version record is created once, by one writer, so no translator's words are lost to
 * two clients racing to create it. Returns whether it wrote anything.
 */
export function ensureLanguageVersions(roots: PlenaryRoots, clauseIds?: Iterable<string>): boolean {
  const languages = readLanguages(roots)
    .slice(1)
    .map((language) => language.tag);
  let wrote = false;
  for (const id of clauseIds ?? roots.clauses.keys()) {
    const record = clauseRecord(roots, id as ClauseId);
    if (record && ensureClauseVersions(record, languages)) wrote = true;
  }
  return wrote;
}

/** Whether every given clause already has what `ensureLanguageVersions` would create. */
export function languageVersionsComplete(roots: PlenaryRoots, clauseIds: Iterable<string>): boolean {
  const languages = readLanguages(roots)
    .slice(1)
    .map((language) => language.tag);
  for (const id of clauseIds) {
    const record = clauseRecord(roots, id as ClauseId);
    if (record && !clauseVersionsComplete(record, languages)) return false;
  }
  return true;
}
