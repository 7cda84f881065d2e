import * as Y from 'yjs';

/**
 * The words of a text that carries no mark at all, or null when it may carry one (then read its
 * delta). Yjs sets `_hasFormatting` when a format item is integrated into a text (applying an
 * update, loading, a local edit) and never clears it, so a text without it holds no bracket,
 * suggestion or style. Reading the items directly skips `toDelta`, which builds attribute maps for
 * every run: on the server that walk ran after every keystroke (status upkeep, clause history) and
 * was about a tenth of its busy time in the many-rooms profile. yjs is pinned (13.6.33), as the
 * gate's other uses of its internals. Not for a root type: one filled by an update before it was
 * asked for by its class is copied into a new instance without the flag.
 */
export function unmarkedWords(text: Y.Text): string | null {
  if (!carriesNoMark(text)) return null;
  let words = '';
  for (let item = text._start; item !== null; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentString) words += item.content.str;
  }
  return words;
}

/** Whether a text surely holds no mark (see `unmarkedWords`); false means it may hold one. */
export function carriesNoMark(text: Y.Text): boolean {
  return !text._hasFormatting && text._item !== null;
}
