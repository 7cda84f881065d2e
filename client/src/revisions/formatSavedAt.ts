/** "25 Nov, 14:05": when a revision was saved, in the reader’s locale. */
export function formatSavedAt(at: number): string {
  return new Date(at).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
