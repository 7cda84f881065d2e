import type { Participant, PlenaryRoots, SessionId } from '@parley/shared';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { LanguageServicesHint } from './LanguageServicesHint.tsx';
import type { SideBySide } from './SideBySideContext.ts';
import { SideBySideContext } from './SideBySideContext.ts';
import { useSessionLanguages } from './useSessionLanguages.ts';
import { useVersionRights } from './useVersionRights.ts';
import { VersionColumnPicker } from './VersionColumnPicker.tsx';
import { readVersionColumnChoice, storeVersionColumnChoice, versionColumnLanguage } from './versionColumnChoice.ts';
import './versions.css';

/**
 * The draft with a second language beside the original: the picker of that language in the draft's
 * header (for sessions with more than one language), and the choice for every clause card below.
 */
export function SideBySideArea({
  roots,
  you,
  sessionId,
  children,
}: {
  roots: PlenaryRoots;
  you: Participant;
  sessionId: SessionId;
  children: ReactNode;
}) {
  const languages = useSessionLanguages(roots);
  const [choice, setChoice] = useState(() => readVersionColumnChoice(sessionId));
  const language = versionColumnLanguage(choice, languages);
  const verdicts = useVersionRights(roots, you, language);
  const source = languages[0]?.tag ?? 'en';
  const value = useMemo<SideBySide>(
    () => ({ languages, source, language, verdicts }),
    [languages, source, language, verdicts],
  );
  const choose = (next: string) => {
    setChoice(next);
    storeVersionColumnChoice(sessionId, next);
  };
  return (
    <SideBySideContext.Provider value={value}>
      {you.role === 'languageServices' && <LanguageServicesHint languages={languages} />}
      {languages.length > 1 && <VersionColumnPicker languages={languages} language={language} onChoose={choose} />}
      {children}
    </SideBySideContext.Provider>
  );
}
