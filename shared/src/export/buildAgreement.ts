import * as Y from 'yjs';
import { MEDIATOR_AUTHOR_COLOR, SERVER_AUTHOR_COLOR } from '../display/AuthorColors.ts';
import type { ClauseId } from '../ids.ts';
import type { AuthorEntry } from '../protocol/AuthorsApi.ts';
import { clauseTextFields, describePendingSuggestions, pendingSuggestionsOf } from '../rules/pendingSuggestions.ts';
import { readAgenda } from '../schema/AgendaItem.ts';
import type { Bracket } from '../schema/Bracket.ts';
import { BRACKET_MARK, bracketSchema, isMediatorHolder, MEDIATOR_HOLDER_NAME } from '../schema/Bracket.ts';
import type { Clause } from '../schema/Clause.ts';
import { clauseNumbers, clauseRecord, readClausesInOrder } from '../schema/Clause.ts';
import type { ClauseText } from '../schema/ClauseVersion.ts';
import { clauseTextIn } from '../schema/ClauseVersion.ts';
import { readLanguages, readParties, readTitle } from '../schema/Meta.ts';
import type { PlenaryRoots } from '../schema/roots.ts';
import { plenaryRoots } from '../schema/roots.ts';
import { languageOfNegotiation } from '../schema/SessionLanguage.ts';
import type { Agreement, AgreementClause, Block, Run } from './Agreement.ts';
import { AGREEMENT_FORMAT, AGREEMENT_VERSION } from './Agreement.ts';
import { authorSpans } from './authorSpans.ts';
import type { ExportNames } from './exportedSuggestions.ts';
import { exportedSuggestionsOf, runSuggestion } from './exportedSuggestions.ts';

export interface AgreementOptions {
  /** The date the text carries (YYYY-MM-DD). */
  readonly date: string;
  readonly revision: string | null;
  /** Produce the clean text (the caller checks `cleanTextProblems` first). */
  readonly clean: boolean;
  readonly includeAgenda?: boolean;
  readonly record?: Agreement['record'];
  /**
   * Colour the text by author: the document's client-id bindings as the authors endpoint answers
   * them. Runs are then split where the author changes and carry the author's key.
   */
  readonly authors?: readonly AuthorEntry[];
  /** Participants' display names by id, so pending suggestions name their authors (ids otherwise). */
  readonly participantNames?: ReadonlyMap<string, string>;
  /**
   * The language of the text (a session language's tag): the language of negotiation when absent.
   * Another language takes each clause's heading, body and option bodies from its version record;
   * a clause whose version does not exist yet has no words in it.
   */
  readonly language?: string;
}

type PartyNames = ReadonlyMap<string, string>;

/** Who wrote what, while building: the key of a client id's author, and the keys met on the way. */
export interface Authorship {
  readonly authorOf: (clientId: number) => string | undefined;
}

/** A holder's name in an export: the party's, "the mediator", or the id of a party no longer known. */
const nameOfHolder = (holder: string, parties: PartyNames) =>
  isMediatorHolder(holder) ? MEDIATOR_HOLDER_NAME : (parties.get(holder) ?? holder);

function runsOf(text: Y.XmlText, names: ExportNames, clean: boolean, authorship?: Authorship): Run[] {
  const delta = text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
  const spans = authorship ? authorSpans(text, authorship.authorOf) : null;
  let offset = 0;
  return delta.flatMap((op) => {
    const from = offset;
    offset += typeof op.insert === 'string' ? op.insert.length : 1;
    if (typeof op.insert !== 'string') return [];
    const attributes = op.attributes ?? {};
    const bracket = bracketSchema.safeParse(attributes[BRACKET_MARK]);
    const suggestion = clean ? undefined : runSuggestion(attributes, names);
    const run: Run = {
      text: op.insert,
      ...(attributes.bold ? { bold: true } : {}),
      ...(attributes.italic ? { italic: true } : {}),
      ...(bracket.success && !clean
        ? { bracket: { ...bracket.data, holderName: nameOfHolder(bracket.data.holder, names.parties) } }
        : {}),
      ...(suggestion ? { suggestion } : {}),
    };
    return spans === null ? [run] : splitByAuthor(run, from, spans);
  });
}

/** One run cut where its author changes (the spans cover the whole text, in the same offsets). */
function splitByAuthor(run: Run, from: number, spans: ReturnType<typeof authorSpans>): Run[] {
  const to = from + run.text.length;
  return spans
    .filter((span) => span.to > from && span.from < to)
    .map((span) => {
      const text = run.text.slice(Math.max(span.from, from) - from, Math.min(span.to, to) - from);
      return { ...run, text, ...(span.author === undefined ? {} : { author: span.author }) };
    });
}

function inlineRuns(element: Y.XmlElement, names: ExportNames, clean: boolean, authorship?: Authorship): Run[] {
  return element
    .toArray()
    .flatMap((child) => (child instanceof Y.XmlText ? runsOf(child, names, clean, authorship) : []));
}

/** TipTap's document nodes (paragraph, heading, bulletList, orderedList, listItem, blockquote) as blocks. */
export function blocksOf(fragment: Y.XmlFragment, names: ExportNames, clean = false, authorship?: Authorship): Block[] {
  const blocks: Block[] = [];
  for (const node of fragment.toArray()) {
    if (node instanceof Y.XmlText) {
      blocks.push({ type: 'paragraph', runs: runsOf(node, names, clean, authorship) });
      continue;
    }
    if (!(node instanceof Y.XmlElement)) continue;
    switch (node.nodeName) {
      case 'heading':
        blocks.push({
          type: 'heading',
          level: Number(node.getAttribute('level')) || 2,
          runs: inlineRuns(node, names, clean, authorship),
        });
        break;
      case 'bulletList':
      case 'orderedList':
        blocks.push({
          type: 'list',
          ordered: node.nodeName === 'orderedList',
          items: node
            .toArray()
            .flatMap((item) => (item instanceof Y.XmlElement ? [blocksOf(item, names, clean, authorship)] : [])),
        });
        break;
      case 'blockquote':
        blocks.push(...blocksOf(node, names, clean, authorship));
        break;
      default:
        blocks.push({ type: 'paragraph', runs: inlineRuns(node, names, clean, authorship) });
    }
  }
  return blocks;
}

function bracketsIn(blocks: readonly Block[]): (Bracket & { holderName: string })[] {
  const found: (Bracket & { holderName: string })[] = [];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'list') block.items.forEach(visit);
      else for (const run of block.runs) if (run.bracket) found.push(run.bracket);
    }
  };
  visit(blocks);
  return found.filter((b, i) => found.findIndex((o) => o.holder === b.holder && o.reason === b.reason) === i);
}

/** A clause's wording in `language`: its own fields, or its version (empty when there is none yet). */
function wordingIn(roots: PlenaryRoots, clause: Clause, language: string, negotiatedIn: string): ClauseText {
  if (language === negotiatedIn) return clause;
  const record = clauseRecord(roots, clause.id);
  const version = record === null ? null : clauseTextIn(record, language, negotiatedIn);
  return (
    version ?? {
      heading: new Y.Text(),
      body: new Y.XmlFragment(),
      options: clause.options.map(({ id, label }) => ({ id, label, body: new Y.XmlFragment() })),
    }
  );
}

/**
 * The agreement structure of a plenary document: a pure function of the document (or of a saved
 * revision's state) and the options, shared by every renderer and by the client.
 */
export function buildAgreement(doc: Y.Doc, options: AgreementOptions): Agreement {
  const roots = plenaryRoots(doc);
  const parties = readParties(roots);
  const names: ExportNames = {
    parties: new Map(parties.map((p) => [p.id, p.name])),
    participants: options.participantNames ?? new Map(),
  };
  const byClient = new Map((options.authors ?? []).map((entry) => [entry.clientId, entry]));
  const authorship: Authorship | undefined = options.authors
    ? { authorOf: (clientId) => authorKey(byClient.get(clientId)) }
    : undefined;
  const negotiatedIn = languageOfNegotiation(readLanguages(roots));
  const language = options.language ?? negotiatedIn;
  const clauses = readClausesInOrder(roots).filter((clause) => !(options.clean && clause.status === 'withdrawn'));
  const numbers = clauseNumbers(clauses);
  const exported: AgreementClause[] = clauses.map((clause) => {
    const wording = wordingIn(roots, clause, language, negotiatedIn);
    const blocks = blocksOf(wording.body, names, options.clean, authorship);
    const optionBlocks = options.clean
      ? []
      : wording.options.map((option) => ({
          id: option.id,
          label: option.label,
          blocks: blocksOf(option.body, names, false, authorship),
        }));
    return {
      id: clause.id,
      kind: clause.kind,
      number: numbers.get(clause.id) ?? '',
      heading: wording.heading.toString(),
      status: clause.status,
      blocks,
      options: optionBlocks,
      brackets: [...bracketsIn(blocks), ...optionBlocks.flatMap((o) => bracketsIn(o.blocks))],
      signoffs: parties.map((party) => {
        const signOff = clause.signoffs.get(party.id);
        return {
          partyId: party.id,
          partyName: party.name,
          signed: signOff !== undefined,
          adReferendum: signOff?.adReferendum ?? false,
          at: signOff?.at ?? null,
        };
      }),
    };
  });
  return {
    format: AGREEMENT_FORMAT,
    version: AGREEMENT_VERSION,
    title: readTitle(roots),
    language,
    parties: parties.map(({ id, name }) => ({ id, name })),
    date: options.date,
    revision: options.revision,
    draft: !options.clean,
    preamble: exported.filter((c) => c.kind === 'preamble'),
    operative: exported.filter((c) => c.kind === 'operative'),
    ...(options.includeAgenda ? { agenda: readAgenda(roots).map(({ title, state }) => ({ title, state })) } : {}),
    ...(options.record ? { record: options.record } : {}),
    ...(options.authors ? { authors: authorLegend(options.authors, parties, exported) } : {}),
  };
}

function authorKey(entry: AuthorEntry | undefined): string | undefined {
  if (entry === undefined) return undefined;
  return entry.participantId ?? 'server';
}

/** The authors whose words the text holds, once each, in the order they first appear, with their colour. */
function authorLegend(
  entries: readonly AuthorEntry[],
  parties: readonly { id: string; name: string; color: string }[],
  clauses: readonly AgreementClause[],
): NonNullable<Agreement['authors']> {
  const seen: string[] = [];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'list') block.items.forEach(visit);
      else
        for (const run of block.runs) if (run.author !== undefined && !seen.includes(run.author)) seen.push(run.author);
    }
  };
  for (const clause of clauses) {
    visit(clause.blocks);
    for (const option of clause.options) visit(option.blocks);
  }
  return seen.flatMap((key) => {
    const entry = entries.find((candidate) => authorKey(candidate) === key);
    if (entry === undefined) return [];
    if (entry.participantId === null) {
      return [{ key, name: entry.name, seat: null, color: SERVER_AUTHOR_COLOR }];
    }
    const party = parties.find((candidate) => candidate.id === entry.partyId);
    return [{ key, name: entry.name, seat: party?.name ?? entry.role, color: party?.color ?? MEDIATOR_AUTHOR_COLOR }];
  });
}

/**
 * Why a clean text cannot be produced yet (empty when it can): brackets, options, pending suggestions,
 * unagreed clauses.
 */
export function cleanTextProblems(doc: Y.Doc): string[] {
  const draft = buildAgreement(doc, { date: '', revision: null, clean: false });
  const roots = plenaryRoots(doc);
  const parties = readParties(roots);
  const problems: string[] = [];
  for (const clause of [...draft.preamble, ...draft.operative]) {
    if (clause.status === 'withdrawn') continue;
    const label = `clause ${clause.number}`;
    if (clause.brackets.length > 0)
      problems.push(`${label} has square brackets (${clause.brackets.map((b) => b.holderName).join(', ')})`);
    if (clause.options.length > 0) problems.push(`${label} still has ${clause.options.length} option(s)`);
    // Suggestions still pending are words nobody has agreed to yet; said as a sign-off refusal says it.
    // The export model's ids are the document's own clause ids.
    const record = clauseRecord(roots, clause.id as ClauseId);
    const pending = record ? describePendingSuggestions(pendingSuggestionsOf(clauseTextFields(record)), parties) : null;
    if (pending !== null) problems.push(`${label} has ${pending}`);
    if (clause.status !== 'agreed' && clause.status !== 'adopted')
      problems.push(`${label} is ${clause.status}, not agreed`);
  }
  return problems;
}

/** Whether blocks hold any words. */
const hasWords = (blocks: readonly Block[]): boolean =>
  blocks.some((block) =>
    block.type === 'list' ? block.items.some(hasWords) : block.runs.some((run) => run.text.trim() !== ''),
  );

/**
 * Why the clean text cannot be given in another language yet, on top of `cleanTextProblems` (which
 * reads the original): a clause whose version has no words while the original has some, or whose
 * version still holds square brackets or pending suggestions (a translator brackets what the
 * original brackets; the clean text has none).
 */
export function versionCleanTextProblems(doc: Y.Doc, language: string, languageLabel: string): string[] {
  const original = buildAgreement(doc, { date: '', revision: null, clean: false });
  const version = buildAgreement(doc, { date: '', revision: null, clean: false, language });
  if (original.language === version.language) return [];
  const originals = new Map([...original.preamble, ...original.operative].map((clause) => [clause.id, clause]));
  const problems: string[] = [];
  for (const clause of [...version.preamble, ...version.operative]) {
    if (clause.status === 'withdrawn') continue;
    const label = `clause ${clause.number}`;
    const source = originals.get(clause.id);
    if (source !== undefined && hasWords(source.blocks) && !hasWords(clause.blocks)) {
      problems.push(`${label} has no ${languageLabel} text yet`);
    }
    if (clause.brackets.length > 0) {
      problems.push(
        `${label} has square brackets in the ${languageLabel} text (${clause.brackets.map((b) => b.holderName).join(', ')})`,
      );
    }
    const pending = [clause.blocks, ...clause.options.map((option) => option.blocks)].flatMap(exportedSuggestionsOf);
    if (pending.length > 0) problems.push(`${label} has pending suggestions in the ${languageLabel} text`);
  }
  return problems;
}
