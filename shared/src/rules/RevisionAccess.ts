import type { Role } from '../Role.ts';
import type { SessionSettings } from '../schema/SessionSettings.ts';

/**
 * Who may take the text away and look back at it: download it (`/export`) and see the saved
 * revisions and their word compare (`/versions`, `/versions/compare`). Mediators and delegates
 * always; observers and language services when the mediator allows it. One setting (`observersMayExport`) governs both,
 * because a download already carries any saved revision (`export?revision=<id>`): two switches would
 * allow an observer to download Rev.2 without being allowed to see that it exists.
 */
export function mayReadRevisions(role: Role, settings: SessionSettings): boolean {
  // Language services read as observers do (their versions are not the text being negotiated).
  return role === 'mediator' || role === 'delegate' || settings.observersMayExport;
}
