import type { ClauseId, DocumentPart, RoomDraftField } from '@parley/shared';
import {
  AGENDA_ITEM_FIELDS,
  agendaItemSchema,
  CLAUSE_FIELDS,
  CLAUSE_OPTION_FIELDS,
  clauseKindSchema,
  clauseOptionSchema,
  clauseStatusSchema,
  ID_PATTERN,
  isClauseField,
  isClauseVersionField,
  isRoomDraftField,
  PLENARY_ROOT_KINDS,
  parseStatementKey,
  ROOM_DRAFT_FIELDS,
  RoomRoot,
  SERVER_WRITTEN_META_KEYS,
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
  /** The keys a map created at this location must carry (it is a record), or null. */
  recordFields(location: Placed): readonly string[] | null;
}

/** `origin`: a plain value that a client may only write as null (the server stamps origins). */
type ContentKind = 'map' | 'array' | 'text' | 'xmlFragment' | 'string' | 'boolean' | 'origin';

/** The one plain value a map entry holds, or undefined when the content is not one plain value. */
function plainValue(content: StructContent): { value: unknown } | undefined {
  if (content instanceof Y.ContentAny && content.arr.length === 1) return { value: content.arr[0] };
  if (content instanceof Y.ContentString) return { value: content.str };
  return undefined;
}

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
    if (kind === 'origin') return content.arr.every((value) => value === null);
  }
  return false;
}

const invalid = (why: string): Classification => ({ invalid: why });

/** Subdocuments are not part of any Parley document; refusing them everywhere keeps rooms closed. */
function refusesEverywhere(content: StructContent | null): string | null {
  return content instanceof Y.ContentDoc ? 'subdocuments are not allowed' : null;
}

/** Identity and status values of a clause are checked like the rest of its record. */
function fieldValueFits(field: string, clauseId: ClauseId, content: StructContent): boolean {
  if (content instanceof Y.ContentDeleted) return true;
  const plain = plainValue(content);
  switch (field) {
    case 'id':
      return plain?.value === clauseId;
    case 'kind':
      return clauseKindSchema.safeParse(plain?.value).success;
    case 'status':
      return clauseStatusSchema.safeParse(plain?.value).success;
    default:
      return true;
  }
}

/** An option is a map `{id, label, body}`; its fields are set when it is added. */
function optionProblem(path: readonly string[], content: StructContent, freshFrom: number | null): string | null {
  if (content instanceof Y.ContentDeleted) return null;
  if (path.length === 3) return contentIs('map', content) ? null : 'an option must be a map';
  if (path.length !== 4) return null;
  const key = path[3] as string;
  if (!(CLAUSE_OPTION_FIELDS as readonly string[]).includes(key)) return `unknown option field "${key.slice(0, 40)}"`;
  if (freshFrom === null || freshFrom > 3) return 'an option’s fields are set when it is added';
  if (key === 'body') return contentIs('xmlFragment', content) ? null : 'an option’s body must be rich text';
  if (key === 'origin') return contentIs('origin', content) ? null : 'an option’s origin is stamped by the server';
  const value = plainValue(content)?.value;
  const shape = clauseOptionSchema.shape[key as 'id' | 'label'];
  return shape.safeParse(value).success ? null : `an option’s ${key} has a value of the wrong kind`;
}

/** An agenda item's fields keep their kinds; none may be removed while the item exists. */
function agendaFieldProblem(key: string, content: StructContent | null, freshItem: boolean): string | null {
  if (!(AGENDA_ITEM_FIELDS as readonly string[]).includes(key)) return `unknown agenda field "${key.slice(0, 40)}"`;
  if (content === null) return freshItem ? null : `the ${key} of an agenda item cannot be removed`;
  if (content instanceof Y.ContentDeleted) return null;
  if (key === 'notes')
    return freshItem && contentIs('text', content) ? null : 'agenda notes are set when the item is added';
  const shape = agendaItemSchema.shape[key as Exclude<(typeof AGENDA_ITEM_FIELDS)[number], 'notes'>];
  return shape.safeParse(plainValue(content)?.value).success
    ? null
    : `the agenda item's ${key} has a value of the wrong kind`;
}

/**
 * Where a write inside a clause's `versions` lands: `versions/<tag>/{heading, body, options/<optionId>}`.
 * The version records, their fields and the options' bodies are created by the server only
 * (`ensureClauseVersions`), so that two writers never race to create one and lose words; a client
 * writes only inside them, where the rich-text check judges by the container the server made.
 */
function versionPlace(path: readonly string[]): { readonly language: string } | { readonly invalid: string } {
  const [, , language, field, optionId] = path;
  const serverOnly = { invalid: 'language versions and their fields are created by the server' };
  if (language === undefined || field === undefined) return serverOnly;
  if (!isClauseVersionField(field)) return { invalid: `unknown version field "${field.slice(0, 40)}"` };
  const textFrom = field === 'options' ? 6 : 5;
  if (path.length < textFrom) return serverOnly;
  if (field === 'options' && (optionId === undefined || !ID_PATTERN.test(optionId))) return serverOnly;
  // What is written inside a heading (words) or a body (blocks) is checked by RichTextContent.
  return { language };
}

const CLAUSE_RECORD_FIELDS = Object.keys(CLAUSE_FIELDS);

export const plenaryLayout: DocumentLayout = {
  recordFields({ root, path }) {
    if (root === 'clauses' && path.length === 1) return CLAUSE_RECORD_FIELDS;
    if (root === 'clauses' && path.length === 3 && path[1] === 'options') return CLAUSE_OPTION_FIELDS;
    if (root === 'agenda' && path.length === 1) return AGENDA_ITEM_FIELDS;
    return null;
  },
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
        // `meta.document` and its like are the server's (set by commands): nobody writes them through sync.
        if (SERVER_WRITTEN_META_KEYS.has(first)) return { part: { kind: 'serverMeta', key: first } };
        return { part: { kind: 'meta' } };
      case 'agenda': {
        if (direct && !contentIs('map', content)) return invalid('an agenda item must be a map');
        if (path.length === 2 && second !== undefined) {
          const problem = agendaFieldProblem(second, content, freshFrom === 1);
          if (problem) return invalid(problem);
        }
        return { part: { kind: 'agenda' } };
      }
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
        // The fields of a clause created by this same update are part of adding the clause.
        const freshClause = freshFrom === 1;
        if (path.length === 2) {
          if (!freshClause) {
            // A clause whose field went missing drops out of the draft: it is removed whole or not at all.
            if (content === null) return invalid(`the ${second} of a clause cannot be removed`);
            if (field.part !== 'control') return invalid(`the ${second} of a clause is set when the clause is created`);
          }
          if (content !== null && !contentIs(field.kind, content)) {
            return invalid(
              field.kind === 'origin'
                ? 'a clause’s origin is stamped by the server'
                : `clause field "${second}" must be ${field.kind}`,
            );
          }
          if (content !== null && !fieldValueFits(second, clauseId, content)) {
            return invalid(`clause field "${second}" has a value of the wrong kind`);
          }
        }
        if (second === 'versions' && path.length >= 3) {
          const version = versionPlace(path);
          if ('invalid' in version) return version;
          return { part: { kind: 'clauseVersion', clauseId, language: version.language } };
        }
        // A fresh clause's alignments map is empty; later ones are the server's (clause.alignLanguage).
        if (second === 'alignments' && path.length >= 3 && freshClause) {
          return invalid('alignments are recorded by the server (clause.alignLanguage)');
        }
        if (second === 'options' && content !== null && path.length >= 3) {
          const problem = optionProblem(path, content, freshFrom);
          if (problem) return invalid(problem);
        }
        if (second === 'options' && content === null && path.length === 4 && (freshFrom === null || freshFrom > 3)) {
          return invalid('an option’s fields cannot be removed');
        }
        if (freshClause) return { part: { kind: 'clauseSet' } };
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

/** What each field of a room's draft holds (`RoomDraft.ts`). */
const DRAFT_FIELD_KINDS: Readonly<Record<RoomDraftField, ContentKind>> = {
  id: 'string',
  heading: 'text',
  body: 'xmlFragment',
};

/** A draft is a record `{id, heading, body}`: its fields are set when it is added and never removed. */
function draftProblem(path: readonly string[], content: StructContent | null, freshFrom: number | null): string | null {
  const [draftId, field] = path;
  if (draftId === undefined) return 'the drafts root itself';
  if (!ID_PATTERN.test(draftId)) return `"${draftId.slice(0, 40)}" is not a draft id`;
  if (field === undefined) {
    if (content !== null && !contentIs('map', content)) return 'a draft must be a map';
    return null;
  }
  if (path.length > 2) return null; // Inside the heading or the body: rich text, checked by its container.
  if (!isRoomDraftField(field)) return `unknown draft field "${field.slice(0, 40)}"`;
  if (freshFrom !== 1) return `the ${field} of a draft is set when the draft is added`;
  if (content === null || content instanceof Y.ContentDeleted) return null;
  if (!contentIs(DRAFT_FIELD_KINDS[field], content))
    return `draft field "${field}" must be ${DRAFT_FIELD_KINDS[field]}`;
  if (field === 'id' && plainValue(content)?.value !== draftId) return 'a draft’s id is its key';
  return null;
}

/**
 * A breakout room (a caucus, a working group, the mediators' notes): rich-text `notes`, the room's
 * `drafts` (written by the room's writers) and `tabled` (the server's record of tablings; no client
 * writes it).
 */
export const roomLayout: DocumentLayout = {
  recordFields: ({ root, path }) => (root === RoomRoot.drafts && path.length === 1 ? ROOM_DRAFT_FIELDS : null),
  classify({ root, path, freshFrom }, content) {
    const forbidden = refusesEverywhere(content);
    if (forbidden) return invalid(forbidden);
    switch (root) {
      case RoomRoot.notes:
        if (path[0] !== LIST_ITEM) return invalid('notes hold rich text only');
        return { part: { kind: 'roomNotes' } };
      case RoomRoot.drafts: {
        if (path[0] === LIST_ITEM) return invalid('a list item under the drafts root');
        const problem = draftProblem(path, content, freshFrom);
        if (problem) return invalid(problem);
        return { part: { kind: 'roomDraft' } };
      }
      case RoomRoot.tabled:
        return { part: { kind: 'roomTabled' } };
      default:
        return invalid(`unknown root "${root.slice(0, 40)}"`);
    }
  },
};
