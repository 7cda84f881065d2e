/** Plain data (no Yjs types) compared by content, so a change elsewhere keeps the previous value. */
export function samePlainValue<T>(previous: T, next: T): boolean {
  return JSON.stringify(previous) === JSON.stringify(next);
}
