/**
 * How both engines keep a history row's co-authors in one text column (`co_authors`): a JSON array
 * of participant ids, or NULL for one author's entry (nearly every row, and every row written before
 * the column existed), so a row of one author costs no bytes more.
 */
export function encodeCoAuthors(coAuthors: readonly string[]): string | null {
  return coAuthors.length === 0 ? null : JSON.stringify(coAuthors);
}

export function decodeCoAuthors(column: string | null): string[] {
  if (column === null) return [];
  const parsed: unknown = JSON.parse(column);
  return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
}
