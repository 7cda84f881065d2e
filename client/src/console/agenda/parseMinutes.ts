/** A time-box typed by the mediator: empty is "none", otherwise whole minutes from 1 to 1440. */
export function parseMinutes(text: string): { ok: true; minutes: number | null } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, minutes: null };
  const minutes = Number(trimmed);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
    return { ok: false, error: 'The time-box is a whole number of minutes, from 1 to 1440 (or empty for none).' };
  }
  return { ok: true, minutes };
}
