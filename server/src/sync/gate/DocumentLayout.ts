import type { ClauseId, DocumentPart } from '@parley/shared';
import {
  CLAUSE_FIELDS,
  ID_PATTERN,
  isClauseField,
  PLENARY_ROOT_KINDS,
  parseStatementKey,
  RoomRoot,
} from '@parley/shared';
import * as Y from 'yjs';
import type { StructLocation } from './StructLocation.ts';
import { LIST_ITEM } from './StructLocation.ts';

type Placed = Extract<StructLocation, { kind: 'at' }>;

/** The content of a decoded struct, as far as the layout checks it. */
export type StructContent = Y.Item['content'];

/** What the gate learns from a layout: the part a write touches, or why it does not fit the schema. */
export type Classification = { readonly part: DocumentPart } | { readonly invalid: string };

/**
 * The shape of one kind of document (plenary, caucus, mediator notes): which roots exist, what
 * content each position may hold, and which part of the rules a position belongs to.
 */
export interface DocumentLayout {
  /** `content` is null for a deletion. */
  classify(location: Placed, content: StructContent | null): Classification;
}

type ContentKind = 'map' | 'array' | 'text' | 'xmlFragment' | 'string' | 'boolean';

function contentIs(kind: ContentKind, content: StructContent): boolean {
  // Content inserted already deleted carries no value: it cannot break the schema.
  if (content instanceof Y.ContentDeleted) return true;
  if (content instanceof Y.ContentType) {
    const type = content.type;
    switch (kind) {
      case 'map':
        return type instanceof Y.Map;
      case 'array':
        return type instanceof Y.Array;
      case 'text':
        return type instanceof Y.Text && !(type instanceof Y.XmlText);
      case 'xmlFragment':
        return type instanceof Y.XmlFragment && !(type instanceof Y.XmlElement);
      default:
        return false;
    }
  }
  if (content instanceof Y.ContentAny) {
    if (kind === 'string') return content.arr.every((value) => typeof value === 'string');
    if (kind === 'boolean') return content.arr.every((value) => typeof value === 'boolean');
  }
  return false;
}

const invalid = (why: string): Classification => ({ invalid: why });

/** Subdocuments are not part of any Parley document; refusing them everywhere keeps rooms closed. */
function refusesEverywhere(content: StructContent | null): string | null {
  return content instanceof Y.ContentDoc ? 'subdocuments are not allowed' : null;
}

export const plenaryLayout: DocumentLayout = {
  classify({ root, path, freshFrom }, content) {
    const forbidden = refusesEverywhere(content);
    if (forbidden) return invalid(forbidden);
    const rootKind = PLENARY_ROOT_KINDS[root as keyof typeof PLENARY_ROOT_KINDS];
    if (rootKind === undefined) return invalid(`unknown root "${root.slice(0, 40)}"`);
    const [first, second] = path;
    if (first === undefined) return invalid(`the root "${root}" itself`);
    if (rootKind === 'map' && first === LIST_ITEM) return invalid(`a list item under the map root "${root}"`);
    if (rootKind === 'array' && first !== LIST_ITEM) return invalid(`a map entry under the list root "${root}"`);
    const direct = path.length === 1 && content !== null;
    switch (root) {
      case 'meta':
        return { part: { kind: 'meta' } };
      case 'agenda':
        if (direct && !contentIs('map', content)) return invalid('an agenda item must be a map');
        return { part: { kind: 'agenda' } };
      case 'statements': {
        const key = parseStatementKey(first);
        if (key === null) return invalid(`"${first.slice(0, 40)}" is not a statement key`);
        if (direct && !contentIs('xmlFragment', content)) return invalid('a statement must be rich text');
        return { part: { kind: 'statement', partyId: key.partyId } };
      }
      case 'clauses': {
        if (!ID_PATTERN.test(first)) return invalid(`"${first.slice(0, 40)}" is not a clause id`);
        const clauseId = first as ClauseId;
        if (second === undefined) {
          if (direct && !contentIs('map', content)) return invalid('a clause must be a map');
          return { part: { kind: 'clauseSet' } };
        }
        if (!isClauseField(second)) return invalid(`unknown clause field "${second.slice(0, 40)}"`);
        const field = CLAUSE_FIELDS[second];
        if (path.length === 2 && content !== null && !contentIs(field.kind, content)) {
          return invalid(`clause field "${second}" must be ${field.kind}`);
        }
        // The fields of a clause created by this same update are part of adding the clause.
        if (freshFrom === 1) return { part: { kind: 'clauseSet' } };
        if (field.part === 'identity') return { part: { kind: 'clauseSet' } };
        if (field.part === 'text') return { part: { kind: 'clauseText', clauseId } };
        return { part: { kind: 'clauseControl', clauseId } };
      }
      case 'clauseOrder':
        if (direct && !contentIs('string', content)) return invalid('clauseOrder holds clause ids only');
        return { part: { kind: 'clauseSet' } };
      case 'moderation':
        return { part: { kind: 'moderation' } };
      default:
        return invalid(`unknown root "${root}"`);
    }
  },
};

/** Caucus rooms and the mediators' notes: one rich-text root, `notes`. */
export const roomNotesLayout: DocumentLayout = {
  classify({ root, path }, content) {
    const forbidden = refusesEverywhere(content);
    if (forbidden) return invalid(forbidden);
    if (root !== RoomRoot.notes) return invalid(`unknown root "${root.slice(0, 40)}"`);
    if (path[0] !== LIST_ITEM) return invalid('notes hold rich text only');
    return { part: { kind: 'roomNotes' } };
  },
};
