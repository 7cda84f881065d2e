import type { PartyId } from '../ids.ts';
import type { Clause } from '../schema/Clause.ts';
import { fragmentPlainText } from '../schema/RichText.ts';
import type { ClauseContent, ClauseFacts } from './ClauseLife.ts';
import { openBracketsOf } from './openBrackets.ts';
import { pendingSuggestionsOf } from './pendingSuggestions.ts';

/** What of a live clause its status depends on: open brackets and options (not suggestions: `clauseFactsOf`). */
export function clauseContentOf(clause: Pick<Clause, 'heading' | 'body' | 'options'>): ClauseContent {
  return { brackets: openBracketsOf(clause), options: clause.options.map((option) => option.label) };
}

/** A live clause as the state machine reads it. */
export function clauseFactsOf(
  clause: Clause,
  parties: readonly { readonly id: PartyId; readonly name: string }[],
): ClauseFacts {
  // Pending suggestions hold back a transition (sign-off, agreement); the status never depends on them,
  // so the room's upkeep after every edit (`clauseContentOf`) does not read them.
  const content = { ...clauseContentOf(clause), suggestions: pendingSuggestionsOf(clause) };
  return { status: clause.status, content, signoffs: clause.signoffs, parties };
}

/**
 * The words of a clause as plain text (heading, body, then each option under its label): what a
 * party signed, and what the record keeps when a clause is reopened or its sign-offs lapse.
 */
export function clauseWording(clause: Pick<Clause, 'heading' | 'body' | 'options'>): string {
  const lines: string[] = [];
  const heading = clause.heading.toString();
  if (heading !== '') lines.push(heading);
  lines.push(fragmentPlainText(clause.body));
  for (const option of clause.options) lines.push(`${option.label}: ${fragmentPlainText(option.body)}`);
  return lines.join('\n');
}
