import * as Y from 'yjs';
import { readAgenda } from '../schema/AgendaItem.ts';
import type { Bracket } from '../schema/Bracket.ts';
import { BRACKET_MARK, bracketSchema } from '../schema/Bracket.ts';
import { clauseNumbers, readClausesInOrder } from '../schema/Clause.ts';
import { readParties, readTitle } from '../schema/Meta.ts';
import { plenaryRoots } from '../schema/roots.ts';
import type { Agreement, AgreementClause, Block, Run } from './Agreement.ts';
import { AGREEMENT_FORMAT, AGREEMENT_VERSION } from './Agreement.ts';

export interface AgreementOptions {
  /** The date the text carries (YYYY-MM-DD). */
  readonly date: string;
  readonly revision: string | null;
  /** Produce the clean text (the caller checks `cleanTextProblems` first). */
  readonly clean: boolean;
  readonly includeAgenda?: boolean;
  readonly record?: Agreement['record'];
}

type PartyNames = ReadonlyMap<string, string>;

function runsOf(text: Y.XmlText, parties: PartyNames, clean: boolean): Run[] {
  const delta = text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
  return delta.flatMap((op) => {
    if (typeof op.insert !== 'string') return [];
    const attributes = op.attributes ?? {};
    const bracket = bracketSchema.safeParse(attributes[BRACKET_MARK]);
    const run: Run = {
      text: op.insert,
      ...(attributes.bold ? { bold: true } : {}),
      ...(attributes.italic ? { italic: true } : {}),
      ...(bracket.success && !clean
        ? { bracket: { ...bracket.data, holderName: parties.get(bracket.data.holder) ?? bracket.data.holder } }
        : {}),
    };
    return [run];
  });
}

function inlineRuns(element: Y.XmlElement, parties: PartyNames, clean: boolean): Run[] {
  return element.toArray().flatMap((child) => (child instanceof Y.XmlText ? runsOf(child, parties, clean) : []));
}

/** TipTap's document nodes (paragraph, heading, bulletList, orderedList, listItem, blockquote) as blocks. */
export function blocksOf(fragment: Y.XmlFragment, parties: PartyNames, clean = false): Block[] {
  const blocks: Block[] = [];
  for (const node of fragment.toArray()) {
    if (node instanceof Y.XmlText) {
      blocks.push({ type: 'paragraph', runs: runsOf(node, parties, clean) });
      continue;
    }
    if (!(node instanceof Y.XmlElement)) continue;
    switch (node.nodeName) {
      case 'heading':
        blocks.push({
          type: 'heading',
          level: Number(node.getAttribute('level')) || 2,
          runs: inlineRuns(node, parties, clean),
        });
        break;
      case 'bulletList':
      case 'orderedList':
        blocks.push({
          type: 'list',
          ordered: node.nodeName === 'orderedList',
          items: node
            .toArray()
            .flatMap((item) => (item instanceof Y.XmlElement ? [blocksOf(item, parties, clean)] : [])),
        });
        break;
      case 'blockquote':
        blocks.push(...blocksOf(node, parties, clean));
        break;
      default:
        blocks.push({ type: 'paragraph', runs: inlineRuns(node, parties, clean) });
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

/**
 * The agreement structure of a plenary document: a pure function of the document (or of a saved
 * revision's state) and the options, shared by every renderer and by the client.
 */
export function buildAgreement(doc: Y.Doc, options: AgreementOptions): Agreement {
  const roots = plenaryRoots(doc);
  const parties = readParties(roots);
  const names: PartyNames = new Map(parties.map((p) => [p.id, p.name]));
  const clauses = readClausesInOrder(roots).filter((clause) => !(options.clean && clause.status === 'withdrawn'));
  const numbers = clauseNumbers(clauses);
  const exported: AgreementClause[] = clauses.map((clause) => {
    const blocks = blocksOf(clause.body, names, options.clean);
    const optionBlocks = options.clean
      ? []
      : clause.options.map((option) => ({ label: option.label, blocks: blocksOf(option.body, names) }));
    return {
      id: clause.id,
      kind: clause.kind,
      number: numbers.get(clause.id) ?? '',
      heading: clause.heading.toString(),
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
    parties: parties.map(({ id, name }) => ({ id, name })),
    date: options.date,
    revision: options.revision,
    draft: !options.clean,
    preamble: exported.filter((c) => c.kind === 'preamble'),
    operative: exported.filter((c) => c.kind === 'operative'),
    ...(options.includeAgenda ? { agenda: readAgenda(roots).map(({ title, state }) => ({ title, state })) } : {}),
    ...(options.record ? { record: options.record } : {}),
  };
}

/** Why a clean text cannot be produced yet (empty when it can): brackets, options, unagreed clauses. */
export function cleanTextProblems(doc: Y.Doc): string[] {
  const draft = buildAgreement(doc, { date: '', revision: null, clean: false });
  const problems: string[] = [];
  for (const clause of [...draft.preamble, ...draft.operative]) {
    if (clause.status === 'withdrawn') continue;
    const label = `clause ${clause.number}`;
    if (clause.brackets.length > 0)
      problems.push(`${label} has square brackets (${clause.brackets.map((b) => b.holderName).join(', ')})`);
    if (clause.options.length > 0) problems.push(`${label} still has ${clause.options.length} option(s)`);
    if (clause.status !== 'agreed' && clause.status !== 'adopted')
      problems.push(`${label} is ${clause.status}, not agreed`);
  }
  return problems;
}
