import type * as Y from 'yjs';

/** Calls back on any change inside `type` (for `useYjsValue`); returns the unsubscribe function. */
export function observeDeep(type: Pick<Y.Map<unknown>, 'observeDeep' | 'unobserveDeep'>, onChange: () => void) {
  const listener = () => onChange();
  type.observeDeep(listener);
  return () => type.unobserveDeep(listener);
}
