import * as Y from 'yjs';

/** An array level in a path: the element's position does not matter to rights, only its container. */
export const LIST_ITEM = '[]';

/**
 * Where a struct lands (or a deleted item lies) in the document: the root's name and the keys from
 * the root down to the item itself (`LIST_ITEM` for array levels). `noop` when Yjs will integrate it
 * as nothing (garbage-collected neighbour or parent, a parent that is not a type, known clocks).
 */
export type StructLocation =
  | { readonly kind: 'noop' }
  | {
      readonly kind: 'at';
      readonly root: string;
      readonly path: readonly string[];
      readonly underDeleted: boolean;
      /** Path length of the outermost type created by the update being checked (null: none). */
      readonly freshFrom: number | null;
    };

export const NOOP: StructLocation = { kind: 'noop' };

/** The location of a type that lives in the server's document, walking up through its items. */
export function locateStoredType(type: Y.AbstractType<unknown>): StructLocation {
  const path: string[] = [];
  let underDeleted = false;
  let current: Y.AbstractType<unknown> = type;
  for (let item = current._item; item !== null; item = current._item) {
    if (item.deleted) underDeleted = true;
    path.push(item.parentSub ?? LIST_ITEM);
    if (!(item.parent instanceof Y.AbstractType)) return NOOP;
    current = item.parent;
  }
  path.reverse();
  return { kind: 'at', root: Y.findRootTypeKey(current), path, underDeleted, freshFrom: null };
}

/** The location of an item inside a container whose location is known. */
export function childLocation(container: StructLocation, parentSub: string | null): StructLocation {
  if (container.kind === 'noop') return NOOP;
  return { ...container, path: [...container.path, parentSub ?? LIST_ITEM] };
}

/** The location of an item inside a type that the same update creates at `holder`. */
export function childOfFreshType(holder: StructLocation, parentSub: string | null): StructLocation {
  if (holder.kind === 'noop') return NOOP;
  const child = childLocation(holder, parentSub);
  return child.kind === 'noop' ? NOOP : { ...child, freshFrom: holder.freshFrom ?? holder.path.length };
}
