import { createContext } from 'react';

/** How one author's text is shown: the party colour and the sentence on hover. */
export interface AuthorLook {
  /** Stable per author, so adjacent runs of one author become one decoration. */
  readonly key: string;
  readonly color: string;
  /** "Written by Anna Kowalska (Ruritania)". */
  readonly title: string;
  /** The party id, "mediator" or "server": a hook for tests and styles. */
  readonly group: string;
}

/**
 * What the clause editors need to colour text by author while the authorship view is on: the look of
 * a Yjs client id (from the server's bindings), and a way to say an id is not known yet so the
 * bindings are asked for again. Null in the context while the view is off.
 */
export interface AuthorshipLens {
  lookup(clientId: number): AuthorLook | undefined;
  noteUnknown(clientId: number): void;
}

export const AuthorshipContext = createContext<AuthorshipLens | null>(null);
