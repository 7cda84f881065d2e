import * as Y from 'yjs';

/** A stretch of a Y.XmlText (offsets as `toDelta` counts them) written by one author. */
export interface AuthorSpan {
  readonly from: number;
  readonly to: number;
  /** The author's key, or undefined when the client id is bound to nobody known. */
  readonly author: string | undefined;
}

/**
 * Who wrote each stretch of a text: the Yjs items behind it, in order (`_start → right`), each
 * visible character counted once, as `toDelta` does; embeds count one and have no author.
 */
export function authorSpans(text: Y.XmlText, authorOf: (clientId: number) => string | undefined): AuthorSpan[] {
  const spans: { from: number; to: number; author: string | undefined }[] = [];
  let offset = 0;
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const author = item.content instanceof Y.ContentString ? authorOf(item.id.client) : undefined;
    const last = spans[spans.length - 1];
    if (last !== undefined && last.author === author) last.to += item.length;
    else spans.push({ from: offset, to: offset + item.length, author });
    offset += item.length;
  }
  return spans;
}
