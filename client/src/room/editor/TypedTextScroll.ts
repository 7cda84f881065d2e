import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Letters typed into the text are not scrolled to by ProseMirror: the browser typed them where its
 * caret was, on the screen, and keeps that caret in view itself. ProseMirror's own scrolling measures
 * the caret and every scrolling box around it, a good part of a millisecond at every keystroke before
 * the letter can be painted. Every other change (Enter, a paste, a command) still scrolls to the caret.
 */
export const TypedTextScroll = Extension.create({
  name: 'typedTextScroll',
  addProseMirrorPlugins() {
    let typing = false;
    return [
      new Plugin({
        key: new PluginKey('typedTextScroll'),
        props: {
          // Called for text the browser inserted, just before ProseMirror applies it (and scrolls).
          handleTextInput() {
            typing = true;
            queueMicrotask(() => {
              typing = false;
            });
            return false;
          },
          handleScrollToSelection: () => typing,
        },
      }),
    ];
  },
});
