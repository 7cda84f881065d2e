import { getSchema } from '@tiptap/core';
import { DOMSerializer } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useRoom } from '../session/RoomContext.ts';
import { useSuggesting } from '../suggestions/SuggestingContext.ts';
import { holderLook } from './holderLook.ts';
import { textExtensions } from './textExtensions.ts';
import { useEditorWords } from './useEditorWords.ts';

/** Draws a synced text as read-only HTML: the same elements and marks a live editor would show. */
export type StaticTextRenderer = (fragment: Y.XmlFragment, into: HTMLElement) => void;

/**
 * One renderer for the whole draft (one schema, not one per clause), drawing with the look the live
 * editors have now: the parties' colours, the reader's language, suggestion authors' names. A new
 * renderer when the parties or the language change, so the static texts draw themselves anew.
 */
export function useStaticTextRenderer(): StaticTextRenderer {
  const { you } = useIdentity();
  const { parties } = useRoom();
  const words = useEditorWords();
  // Read at each drawing, as the live editors do: the roster arriving after the first render (it
  // only names suggestions' authors, in their titles) does not redraw 500 texts.
  const suggestingNameOf = useSuggesting()?.nameOf;
  const nameOf = useRef(suggestingNameOf);
  nameOf.current = suggestingNameOf;
  return useMemo(() => {
    const schema = getSchema(
      textExtensions({
        describeHolder: (holder) => ({
          ...holderLook(parties, holder, words.holderNames),
          mayChange: you.role === 'mediator' || holder === you.partyId,
        }),
        words: () => words,
        nameOf: (participantId) => nameOf.current?.(participantId) ?? null,
      }),
    );
    const serializer = DOMSerializer.fromSchema(schema);
    return (fragment, into) => {
      const doc = yXmlFragmentToProseMirrorRootNode(fragment, schema);
      into.replaceChildren(serializer.serializeFragment(doc.content, { document: into.ownerDocument }));
    };
  }, [parties, you, words]);
}
