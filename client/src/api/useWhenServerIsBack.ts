import { useEffect, useRef } from 'react';
import { onServerAnswered } from './serverAnswers.ts';

/**
 * While `unreachable` is true (a message says the server could not be reached), calls `onBack` as
 * soon as the server is heard from again, by any request or sync connection of this page.
 */
export function useWhenServerIsBack(unreachable: boolean, onBack: () => void): void {
  const handler = useRef(onBack);
  useEffect(() => {
    handler.current = onBack;
  });
  useEffect(() => {
    if (!unreachable) return;
    return onServerAnswered(() => handler.current());
  }, [unreachable]);
}
