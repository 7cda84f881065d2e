import type { Role } from '../Role.ts';
import type { SessionSettings } from '../schema/SessionSettings.ts';

/**
 * Who may download the draft agreement: mediators and delegates always, observers only while the
 * mediator allows it (`observersMayExport`). The export route refuses the others, and the room does
 * not offer them the menu.
 */
export function mayExportDraft(role: Role, settings: Pick<SessionSettings, 'observersMayExport'>): boolean {
  return role !== 'observer' || settings.observersMayExport;
}
