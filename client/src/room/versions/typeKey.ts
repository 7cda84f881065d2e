const keys = new WeakMap<object, number>();
let next = 0;

/**
 * A React key for a Yjs type: an editor binds one fragment for its whole life, so a component that
 * holds one is keyed by it and remounts when the fragment is another.
 */
export function typeKey(type: object): string {
  let key = keys.get(type);
  if (key === undefined) {
    key = next++;
    keys.set(type, key);
  }
  return String(key);
}
