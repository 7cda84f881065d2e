import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { PluginView } from '@tiptap/pm/state';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Others' carets (TipTap's `CollaborationCaret`), with one change: where this person's own caret is,
 * in Yjs terms, is worked out and published in a task after the change rather than inside it. That
 * plugin view runs in every transaction, so at every keystroke it turned the selection into Yjs
 * positions and announced them (half a millisecond) before the typed letter could be painted.
 */
export const DeferredCarets = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    return (this.parent?.() ?? []).map((plugin) => {
      // The awareness plugin has no `update`; the caret plugin's is the one that publishes.
      const makeView = plugin.spec.view;
      return makeView === undefined
        ? plugin
        : new Plugin({ ...plugin.spec, view: (view) => deferUpdates(makeView(view)) });
    });
  },
});

function deferUpdates(inner: PluginView): PluginView {
  const update = inner.update;
  if (update === undefined) return inner;
  let scheduled: ReturnType<typeof setTimeout> | null = null;
  // The state before the first of the changes waiting: the plugin compares it with the newest.
  let since: EditorView['state'] | null = null;
  return {
    update(view, previous) {
      since ??= previous;
      scheduled ??= setTimeout(() => {
        const before = since ?? view.state;
        scheduled = null;
        since = null;
        if (!view.isDestroyed) update.call(inner, view, before);
      }, 0);
    },
    destroy() {
      if (scheduled !== null) clearTimeout(scheduled);
      inner.destroy?.();
    },
  };
}
