/**
 * A time-box typed by the mediator: empty is "none", otherwise whole minutes from 1 to 1440. A refusal
 * is the message key the form shows.
 */
export function parseMinutes(
  text: string,
): { ok: true; minutes: number | null } | { ok: false; error: 'console.agenda.timeboxError' } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, minutes: null };
  const minutes = Number(trimmed);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
    return { ok: false, error: 'console.agenda.timeboxError' };
  }
  return { ok: true, minutes };
}
