import type { Agreement, AgreementClause } from '@parley/shared';
import { clauseNumberTitle, hasPendingSuggestions, ownLanguageName, pairedClauses } from './exportText.ts';
import type { Letterhead } from './letterhead.ts';
import { plainLetterhead } from './letterhead.ts';
import { partHeading } from './partHeadings.ts';
import type { Authors, Rendering } from './renderHtml.ts';
import {
  AUTHORSHIP_STYLE,
  annexes,
  authenticationHtml,
  bracketNotes,
  clauseWords,
  escapeHtml,
  frontMatter,
  htmlPage,
  languageAttributes,
  newRendering,
  STYLE,
  SUGGESTION_STYLE,
  signOffMatrixHtml,
  suggestionNotes,
} from './renderHtml.ts';

/** Two columns of equal width; a page wide enough for two texts; each column keeps its own direction. */
const PARALLEL_STYLE = `
body { max-width: 64rem; }
section.clause.parallel { padding-inline-start: 0; }
section.clause.parallel > h3 { margin: 0 0 .25rem; }
.column.preamble { font-style: italic; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; align-items: start; }
.column-heads { font-weight: bold; text-align: center; border-bottom: 1px solid #999; margin-bottom: 1rem; }
.column-heads p { margin: .25rem 0; }
.clause-heading { font-weight: bold; margin: .25rem 0; }
@media print { .columns { gap: 0 1.25rem; } }`;

/** One language's text of a clause: its heading, its words, its options, the notes on its brackets and suggestions. */
function column(c: AgreementClause, language: string, rendering: Rendering): string {
  // Numbered before the text is rendered, so each stretch of suggested words carries its note's number.
  const notes = suggestionNotes(c, rendering.notes);
  const parts = [`<div class="column${c.kind === 'preamble' ? ' preamble' : ''}" ${languageAttributes(language)}>`];
  if (c.heading !== '') parts.push(`<p class="clause-heading">${escapeHtml(c.heading)}</p>`);
  parts.push(...clauseWords(c, rendering), ...bracketNotes(rendering));
  if (notes !== null) parts.push(notes);
  parts.push('</div>');
  return parts.join('\n');
}

/**
 * The agreement in two languages side by side, as signed treaties are printed: each clause's
 * number, its two texts in two columns (each with its `lang`, and `dir="rtl"` for a right-to-left
 * language); the letterhead, title block and one sign-off matrix as in one language. `left` and
 * `right` are the same document built in two languages.
 */
export function renderParallelHtml(
  left: Agreement,
  right: Agreement,
  letterhead: Letterhead = plainLetterhead(left),
): string {
  const authors: Authors = new Map(
    [...(left.authors ?? []), ...(right.authors ?? [])].map((author) => [author.key, author]),
  );
  const rendering = newRendering(authors);
  const languages = [left.language ?? 'en', right.language ?? 'en'] as const;
  const suggested = hasPendingSuggestions(left) || hasPendingSuggestions(right);
  const authored = left.authors !== undefined || right.authors !== undefined;
  const body = frontMatter({ ...left, ...(authored ? { authors: [...authors.values()] } : {}) }, letterhead, suggested);
  body.push(
    `<div class="columns column-heads">${languages.map((tag) => `<p ${languageAttributes(tag)}>${escapeHtml(ownLanguageName(tag))}</p>`).join('')}</div>`,
  );
  for (const part of ['preamble', 'operative'] as const) {
    const pairs = pairedClauses(left[part], right[part]);
    if (pairs.length === 0) continue;
    body.push(
      `<h2 class="columns part-heads">${languages.map((tag) => `<span ${languageAttributes(tag)}>${escapeHtml(partHeading(part, tag))}</span>`).join(' ')}</h2>`,
    );
    for (const [first, second] of pairs) {
      const parts = [`<section class="clause parallel status-${first.status}">`];
      parts.push(`<h3>${escapeHtml(clauseNumberTitle(first))}</h3>`);
      parts.push(
        '<div class="columns">',
        column(first, languages[0], rendering),
        column(second, languages[1], rendering),
        '</div>',
      );
      parts.push('</section>');
      body.push(parts.join('\n'));
    }
  }
  body.push(...signOffMatrixHtml(left), ...authenticationHtml(letterhead), ...annexes(left));
  const style = `${STYLE}${PARALLEL_STYLE}${authored ? AUTHORSHIP_STYLE : ''}${suggested ? SUGGESTION_STYLE : ''}`;
  // The page's own words (title, labels) are in the first language; each column says its own.
  return htmlPage(left, letterhead, languages[0], style, body);
}
