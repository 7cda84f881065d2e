import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useYjsValue } from './useYjsValue.ts';

/** A Y.Text's plain value, live, and a setter that changes only what differs (others' edits elsewhere survive). */
export function useYText(text: Y.Text): [string, (next: string) => void] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      text.observe(onChange);
      return () => text.unobserve(onChange);
    },
    [text],
  );
  const value = useYjsValue(subscribe, () => text.toString(), Object.is, [text]);
  const set = useCallback(
    (next: string) => {
      const current = text.toString();
      if (current === next) return;
      let start = 0;
      while (start < current.length && start < next.length && current[start] === next[start]) start++;
      let end = 0;
      while (
        end < current.length - start &&
        end < next.length - start &&
        current[current.length - 1 - end] === next[next.length - 1 - end]
      ) {
        end++;
      }
      const apply = () => {
        const removed = current.length - start - end;
        if (removed > 0) text.delete(start, removed);
        const inserted = next.slice(start, next.length - end);
        if (inserted.length > 0) text.insert(start, inserted);
      };
      if (text.doc) text.doc.transact(apply);
      else apply();
    },
    [text],
  );
  return [value, set];
}
