import type { SessionLanguage } from '@parley/shared';

/** What a participant chose for the second column: a language's tag, or `none` for the original alone. */
export type VersionColumnChoice = string;
export const NO_VERSION_COLUMN = 'none';

const storageKey = (sessionId: string) => `parley:versionColumn:${sessionId}`;

/** The choice this browser remembers for the session, if any. */
export function readVersionColumnChoice(sessionId: string): VersionColumnChoice | null {
  try {
    return window.localStorage.getItem(storageKey(sessionId));
  } catch {
    return null;
  }
}

export function storeVersionColumnChoice(sessionId: string, choice: VersionColumnChoice): void {
  try {
    window.localStorage.setItem(storageKey(sessionId), choice);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page only.
  }
}

/**
 * The version shown beside the original, or null for none: the remembered choice while it is still
 * a language of the session, else the session's second language (the first after the language of
 * negotiation; there is no per-invite language to prefer).
 */
export function versionColumnLanguage(
  choice: VersionColumnChoice | null,
  languages: readonly SessionLanguage[],
): string | null {
  const versions = languages.slice(1).map((language) => language.tag);
  if (choice === NO_VERSION_COLUMN) return null;
  if (choice !== null && versions.includes(choice)) return choice;
  return versions[0] ?? null;
}
