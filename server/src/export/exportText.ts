import type { Agreement, AgreementClause, Run, RunSuggestion } from '@parley/shared';
import { BRACKET_REASON_LABELS, CLAUSE_STATUS_LABELS, exportedSuggestionsOf } from '@parley/shared';

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
