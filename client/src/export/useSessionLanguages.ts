import type { SessionLanguage } from '@parley/shared';
import { DEFAULT_SESSION_LANGUAGES, plenaryRoots, readLanguages } from '@parley/shared';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { observeDeep } from '../state/observeDeep.ts';
import { samePlainValue } from '../state/samePlainValue.ts';
import { useYjsValue } from '../yjs/useYjsValue.ts';

/**
 * The session's languages, live from the plenary's meta (the language of negotiation first): the
 * download menu offers a language choice as soon as the mediator adds a second one. Before the
 * document is open, the default (English alone), so no choice is offered by mistake.
 */
export function useSessionLanguages(doc: Y.Doc | null): readonly SessionLanguage[] {
  const roots = useMemo(() => (doc === null ? null : plenaryRoots(doc)), [doc]);
  const subscribe = useCallback(
    (onChange: () => void) => (roots === null ? () => {} : observeDeep(roots.meta, onChange)),
    [roots],
  );
  const read = () => (roots === null ? DEFAULT_SESSION_LANGUAGES : readLanguages(roots));
  return useYjsValue(subscribe, read, samePlainValue);
}
