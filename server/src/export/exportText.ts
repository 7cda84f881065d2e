import type { Agreement, AgreementClause, Run, RunSuggestion } from '@parley/shared';
import { BRACKET_REASON_LABELS, CLAUSE_STATUS_LABELS, exportedSuggestionsOf, optionNumberLabel } from '@parley/shared';

/** Plain words shared by the renderers, so every format says the same thing. */
export const STATUS_LABEL = CLAUSE_STATUS_LABELS;

export function subtitle(agreement: Agreement): string {
  const kind = agreement.draft ? 'DRAFT' : 'Clean text';
  return [kind, agreement.revision ?? 'current text', agreement.date].join(' · ');
}

export function clauseTitle(clause: AgreementClause): string {
  const number = clause.kind === 'preamble' ? clause.number : `${clause.number}.`;
  return clause.heading ? `${number} ${clause.heading}` : number;
}

export function bracketNote(clause: AgreementClause): string | null {
  if (clause.brackets.length === 0) return null;
  return clause.brackets
    .map((b) => `[${b.holderName}: ${BRACKET_REASON_LABELS[b.reason]}${b.note ? ` — ${b.note}` : ''}]`)
    .join(' ');
}

export function signOffText(signoff: AgreementClause['signoffs'][number]): string {
  if (!signoff.signed) return 'not signed';
  return signoff.adReferendum ? 'signed ad referendum' : 'signed';
}

/** Runs grouped so that consecutive runs under the same bracket print one pair of brackets. */
export function bracketGroups(runs: readonly Run[]): { bracketed: boolean; runs: Run[] }[] {
  const groups: { bracketed: boolean; key: string; runs: Run[] }[] = [];
  for (const run of runs) {
    const key = run.bracket ? `${run.bracket.holder}/${run.bracket.reason}` : '';
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.runs.push(run);
    else groups.push({ bracketed: run.bracket !== undefined, key, runs: [run] });
  }
  return groups.map(({ bracketed, runs: grouped }) => ({ bracketed, runs: grouped }));
}

/** Runs grouped so that consecutive runs of one pending suggestion print as one marked stretch. */
export function suggestionSegments(runs: readonly Run[]): { suggestion: RunSuggestion | undefined; runs: Run[] }[] {
  const segments: { suggestion: RunSuggestion | undefined; runs: Run[] }[] = [];
  for (const run of runs) {
    const last = segments[segments.length - 1];
    if (last && last.suggestion?.id === run.suggestion?.id && last.suggestion?.kind === run.suggestion?.kind)
      last.runs.push(run);
    else segments.push({ suggestion: run.suggestion, runs: [run] });
  }
  return segments;
}

/** Whether any clause of the agreement (its text or an option) holds a pending suggestion. */
export function hasPendingSuggestions(agreement: Agreement): boolean {
  return [...agreement.preamble, ...agreement.operative].some((c) =>
    [c.blocks, ...c.options.map((option) => option.blocks)].some((list) => exportedSuggestionsOf(list).length > 0),
  );
}

/**
 * A language's name in its own words, capitalised as a column head ("English", "Русский", "中文",
 * "العربية"), as a treaty printed in parallel columns heads each text; the tag when `Intl` has none.
 */
export function ownLanguageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** The clause's number as it heads a clause printed in parallel columns ("PP1", "3."). */
export function clauseNumberTitle(clause: AgreementClause): string {
  return clause.kind === 'preamble' ? clause.number : `${clause.number}.`;
}

/**
 * The clauses of two texts of one agreement (two languages), paired by id in the first text's order:
 * both are built from the same document, so they hold the same clauses.
 */
export function pairedClauses(
  left: readonly AgreementClause[],
  right: readonly AgreementClause[],
): [AgreementClause, AgreementClause][] {
  const byId = new Map(right.map((clause) => [clause.id, clause]));
  return left.flatMap((clause) => {
    const other = byId.get(clause.id);
    return other === undefined ? [] : [[clause, other] as [AgreementClause, AgreementClause]];
  });
}

/** The note on a bracket (a footnote in Word, a note under the clause in HTML): its holder, reason and note. */
export function bracketFootnote(bracket: NonNullable<Run['bracket']>): string {
  const reason = BRACKET_REASON_LABELS[bracket.reason].toLowerCase();
  return `Bracket held by ${bracket.holderName}; reason: ${reason}${bracket.note ? `: ${bracket.note}` : ''}.`;
}

/**
 * An option's label beside the current text: "Option 2" by its place, as the room shows it, with the
 * name it was given when that says more ("Option 3 (No text)", "Option 2 (Proposed by …)").
 */
export function optionLabel(label: string, index: number): string {
  const numbered = optionNumberLabel(index);
  return label.trim() === '' || label === numbered ? numbered : `${numbered} (${label})`;
}

/** A sign-off in the matrix's cell: signed, ad referendum, or a dash. */
export function signOffCell(signoff: AgreementClause['signoffs'][number] | undefined): string {
  if (signoff === undefined || !signoff.signed) return '—';
  return signoff.adReferendum ? 'Ad ref.' : 'Signed';
}

/** One row of the sign-off matrix: the paragraph, each party's sign-off (in the parties' order), its status. */
export interface SignOffRow {
  readonly paragraph: string;
  readonly cells: readonly string[];
  readonly status: string;
}

/** The sign-off matrix at the end of a draft: every paragraph × every party, and the paragraph's status. */
export function signOffMatrix(agreement: Agreement): { parties: readonly string[]; rows: readonly SignOffRow[] } {
  const parties = agreement.parties;
  const rows = [...agreement.preamble, ...agreement.operative].map((c) => ({
    paragraph: clauseTitle(c),
    cells: parties.map((party) => signOffCell(c.signoffs.find((s) => s.partyId === party.id))),
    status: STATUS_LABEL[c.status],
  }));
  return { parties: parties.map((party) => party.name), rows };
}

/** Under the sign-off matrix: what its abbreviations mean. */
export const SIGN_OFF_KEY =
  'Signed: signed off by the party. Ad ref.: signed ad referendum, subject to confirmation. —: not signed.';
