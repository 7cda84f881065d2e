import { useMemo } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { formatTime } from '../../ui/formatTime.ts';
import type { EditorWords } from './editorWords.ts';
import { editorWords } from './editorWords.ts';

/** `editorWords` in the language react-intl renders the screen in (the same object while it stays). */
export function useEditorWords(): EditorWords {
  const { text, locale } = useMessages();
  return useMemo(() => editorWords(text, (ms) => formatTime(ms, locale)), [text, locale]);
}
