import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import type * as Y from 'yjs';
import type { AuthorshipLens } from './AuthorshipLens.ts';
import { authorshipDecorations } from './authorshipDecorations.ts';

export const authorshipKey = new PluginKey<DecorationSet>('parleyAuthorship');

/** The meta that asks the plugin to read the authors anew (the view was toggled, authors arrived). */
export const REFRESH_AUTHORSHIP = 'refresh';

export interface AuthorshipOptions {
  /** The fragment this editor is bound to (the same one as Collaboration's). */
  readonly fragment: Y.XmlFragment | null;
  /** The lens while the authorship view is on, else null; read at each pass. */
  readonly lens: () => AuthorshipLens | null;
}

/**
 * Colours this editor's text by author while the authorship view is on. Decorations are mapped
 * through ProseMirror changes and recomputed once Yjs has the change (a local edit reaches Yjs after
 * the ProseMirror transaction; a remote one arrives from Yjs), so each editor only ever walks its own
 * fragment, and only when it changed.
 */
export const Authorship = Extension.create<AuthorshipOptions>({
  name: 'parleyAuthorship',

  addOptions() {
    return { fragment: null, lens: () => null };
  },

  addProseMirrorPlugins() {
    const { fragment, lens } = this.options;
    if (fragment === null) return [];
    const compute = (doc: Parameters<typeof authorshipDecorations>[0]) => {
      const current = lens();
      return current === null ? DecorationSet.empty : authorshipDecorations(doc, fragment, current);
    };
    return [
      new Plugin<DecorationSet>({
        key: authorshipKey,
        state: {
          init: (_config, state) => compute(state.doc),
          apply: (tr, decorations) => {
            if (tr.getMeta(authorshipKey) === REFRESH_AUTHORSHIP) return compute(tr.doc);
            return tr.docChanged ? decorations.map(tr.mapping, tr.doc) : decorations;
          },
        },
        props: {
          decorations: (state) => authorshipKey.getState(state) ?? DecorationSet.empty,
        },
        view: (view) => {
          let scheduled = false;
          // After the Yjs transaction, and after y-prosemirror has brought ProseMirror up to date.
          const onYjsChange = () => {
            if (scheduled || lens() === null) return;
            scheduled = true;
            queueMicrotask(() => {
              scheduled = false;
              if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(authorshipKey, REFRESH_AUTHORSHIP));
            });
          };
          fragment.observeDeep(onYjsChange);
          return { destroy: () => fragment.unobserveDeep(onYjsChange) };
        },
      }),
    ];
  },
});
