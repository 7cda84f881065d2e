import type { Agreement, AgreementClause, Block, Run, RunSuggestion } from '@parley/shared';
import { describeExportedSuggestion, exportedSuggestionsOf, INSERTION_MARK, textDirection } from '@parley/shared';
import {
  bracketFootnote,
  bracketGroups,
  clauseNumberTitle,
  hasPendingSuggestions,
  optionLabel,
  SIGN_OFF_KEY,
  signOffMatrix,
  subtitle,
  suggestionSegments,
} from './exportText.ts';
import type { Letterhead } from './letterhead.ts';
import {
  dateWords,
  headerName,
  initialledAt,
  markingWords,
  partiesInWords,
  plainLetterhead,
  revisionLine,
} from './letterhead.ts';
import { partHeading } from './partHeadings.ts';
import { recordWhat } from './recordWhat.ts';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export type Authors = ReadonlyMap<string, NonNullable<Agreement['authors']>[number]>;

/** The notes on brackets: numbered on through the document, printed under the clause they belong to. */
export interface BracketNotes {
  count: number;
  /** The notes of the clause being rendered, not printed yet. */
  readonly pending: { readonly number: number; readonly text: string }[];
}

/** What the text is rendered with: authors (with authorship) and the note number of each pending suggestion. */
export interface Rendering {
  readonly authors: Authors;
  /** Suggestion id → its number ("S1"), handed out clause by clause in the order of the text. */
  readonly notes: Map<string, number>;
  readonly brackets: BracketNotes;
}

export function newRendering(authors: Authors): Rendering {
  return { authors, notes: new Map(), brackets: { count: 0, pending: [] } };
}

/** "Written by Anna Kowalska (Ruritania)": the hover text of an author's words and their legend line. */
function writtenBy(author: NonNullable<Agreement['authors']>[number]): string {
  return `Written by ${author.name}${author.seat === null ? '' : ` (${author.seat})`}`;
}

function runHtml(run: Run, authors: Authors): string {
  let out = escapeHtml(run.text);
  if (run.bold) out = `<strong>${out}</strong>`;
  if (run.italic) out = `<em>${out}</em>`;
  const author = run.author === undefined ? undefined : authors.get(run.author);
  if (author !== undefined) {
    out = `<span class="author" style="--author-color: ${escapeHtml(author.color)}" title="${escapeHtml(writtenBy(author))}">${out}</span>`;
  }
  return out;
}

/** A pending suggestion's words as `<ins>`/`<del>` (author and time on hover), with its note's number. */
function suggestionHtml(suggestion: RunSuggestion, inner: string, notes: Map<string, number>): string {
  const tag = suggestion.kind === INSERTION_MARK ? 'ins' : 'del';
  const number = notes.get(suggestion.id);
  const ref = number === undefined ? '' : `<sup class="suggestion-ref">S${number}</sup>`;
  return `<${tag} class="suggestion" datetime="${new Date(suggestion.at).toISOString()}" title="${escapeHtml(describeExportedSuggestion(suggestion))}">${inner}</${tag}>${ref}`;
}

function inline(runs: readonly Run[], rendering: Rendering): string {
  return bracketGroups(runs)
    .map((group) => {
      const text = suggestionSegments(group.runs)
        .map((segment) => {
          const inner = segment.runs.map((run) => runHtml(run, rendering.authors)).join('');
          return segment.suggestion ? suggestionHtml(segment.suggestion, inner, rendering.notes) : inner;
        })
        .join('');
      const bracket = group.runs[0]?.bracket;
      if (!group.bracketed || !bracket) return text;
      // Who holds the bracket is a numbered note under the clause, as a footnote on paper.
      const note = bracketFootnote(bracket);
      const number = ++rendering.brackets.count;
      rendering.brackets.pending.push({ number, text: note });
      return `<span class="bracket" title="${escapeHtml(note)}">[${text}]</span><sup class="note-ref"><a href="#note-${number}" id="note-ref-${number}">${number}</a></sup>`;
    })
    .join('');
}

export function blocks(list: readonly Block[], rendering: Rendering): string {
  return list
    .map((block) => {
      if (block.type === 'list') {
        const tag = block.ordered ? 'ol' : 'ul';
        return `<${tag}>${block.items.map((item) => `<li>${blocks(item, rendering)}</li>`).join('')}</${tag}>`;
      }
      if (block.type === 'heading') return `<p class="subheading">${inline(block.runs, rendering)}</p>`;
      return `<p>${inline(block.runs, rendering)}</p>`;
    })
    .join('\n');
}

/** The clause's pending suggestions in print: number, kind, author, time and the words, under the text. */
export function suggestionNotes(c: AgreementClause, notes: Map<string, number>): string | null {
  const pending = [c.blocks, ...c.options.map((option) => option.blocks)].flatMap(exportedSuggestionsOf);
  if (pending.length === 0) return null;
  const items = pending.map((suggestion) => {
    const number = notes.get(suggestion.id) ?? notes.size + 1;
    notes.set(suggestion.id, number);
    return `<li><span class="suggestion-ref">S${number}</span> ${escapeHtml(describeExportedSuggestion(suggestion))}: <q>${escapeHtml(suggestion.words.trim())}</q></li>`;
  });
  return `<ul class="suggestion-notes" aria-label="Pending suggestions">${items.join('')}</ul>`;
}

/** The clause's words in its language: the current text, then each option labelled beside it ("(no text)" for an empty one). */
export function clauseWords(c: AgreementClause, rendering: Rendering): string[] {
  const parts = [blocks(c.blocks, rendering)];
  c.options.forEach((option, index) => {
    parts.push(
      `<div class="option"><span class="option-label">${escapeHtml(optionLabel(option.label, index))}:</span>${blocks(option.blocks, rendering) || '<p><em>(no text)</em></p>'}</div>`,
    );
  });
  return parts;
}

/** The notes on the brackets met since the last call (a clause's or a column's), as a numbered list; empty when none. */
export function bracketNotes(rendering: Rendering): string[] {
  const pending = rendering.brackets.pending.splice(0);
  if (pending.length === 0) return [];
  const items = pending.map(
    ({ number, text }) =>
      // The note is in the export's own words (English): isolated, so a right-to-left column keeps its punctuation.
      `<li id="note-${number}" value="${number}"><a href="#note-ref-${number}">${number}</a> <bdi>${escapeHtml(text)}</bdi></li>`,
  );
  return [`<ol class="notes" aria-label="Notes">${items.join('')}</ol>`];
}

/** One paragraph of the text: its number in the margin ("PP1", "1."), its heading, words, options and notes. */
function clause(c: AgreementClause, rendering: Rendering): string {
  // Numbered before the text is rendered, so each stretch of suggested words carries its note's number.
  const notes = suggestionNotes(c, rendering.notes);
  const parts = [
    `<section class="clause ${c.kind} status-${c.status}">`,
    `<span class="number">${escapeHtml(clauseNumberTitle(c))}</span>`,
    '<div class="words">',
  ];
  if (c.heading !== '') parts.push(`<h3>${escapeHtml(c.heading)}</h3>`);
  parts.push(...clauseWords(c, rendering), ...bracketNotes(rendering));
  if (notes !== null) parts.push(notes);
  parts.push('</div>', '</section>');
  return parts.join('\n');
}

/** The one sign-off matrix at the end of a draft: every paragraph by every party, and its status. */
export function signOffMatrixHtml(agreement: Agreement): string[] {
  const { parties, rows } = signOffMatrix(agreement);
  if (!agreement.draft || parties.length === 0 || rows.length === 0) return [];
  const head = ['Paragraph', ...parties, 'Status'].map((words) => `<th scope="col">${escapeHtml(words)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.paragraph)}</th>${row.cells.map((words) => `<td>${escapeHtml(words)}</td>`).join('')}<td>${escapeHtml(row.status)}</td></tr>`,
    )
    .join('');
  return [
    '<section class="signoff-matrix" aria-label="Sign-off by the parties">',
    '<h2>Sign-off by the parties</h2>',
    `<table class="signoffs matrix"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
    `<p class="matrix-key">${escapeHtml(SIGN_OFF_KEY)}</p>`,
    '</section>',
  ];
}

/**
 * The adopted text's authentication after the text: who initialled it for each party, and the
 * digest of the text they initialled, which the server's `/verify?digest=` recognises.
 */
export function authenticationHtml(letterhead: Letterhead): string[] {
  const authentication = letterhead.authentication;
  if (authentication === null) return [];
  const rows = authentication.initials
    .map(
      (initials) =>
        `<tr><th scope="row">${escapeHtml(initials.partyName)}</th><td>${escapeHtml(initials.name)}</td><td>${escapeHtml(initialledAt(initials.at))}</td></tr>`,
    )
    .join('');
  return [
    '<section class="authentication" aria-label="Authentication of the adopted text">',
    '<h2>Initialled by the heads of delegation</h2>',
    rows === ''
      ? '<p>Not initialled yet.</p>'
      : `<table class="signoffs"><thead><tr><th scope="col">Party</th><th scope="col">Head of delegation</th><th scope="col">Initialled</th></tr></thead><tbody>${rows}</tbody></table>`,
    `<p class="digest">SHA-256 of the adopted text (its JSON export): <code>${escapeHtml(authentication.digest)}</code></p>`,
    '</section>',
  ];
}

/**
 * The page as a negotiating document: Times New Roman, black, justified; each paragraph's number in
 * the margin; notes in small type. In print, nothing is kept whole but a heading with what follows:
 * a clause may break across pages, so no page is left half empty.
 */
export const STYLE = `
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; max-width: 44rem; margin: 2rem auto; line-height: 1.4; color: #000; }
.title-block { text-align: center; border-bottom: 1px solid #000; padding-bottom: .75rem; margin-bottom: 1.5rem; }
.letterhead { display: flex; justify-content: space-between; align-items: baseline; font-size: 10pt; font-weight: bold; border-bottom: 1px solid #000; margin-bottom: 1.5rem; text-align: start; }
.letterhead .date { font-weight: normal; display: block; text-align: end; }
.marking { font-weight: bold; letter-spacing: .2em; text-transform: uppercase; margin: 0 0 1rem; }
h1 { font-size: 14pt; margin: 0 0 .4rem; }
.parties { font-style: italic; margin: 0 0 .4rem; }
.revision { margin: 0; }
h2 { font-size: 12pt; font-weight: bold; margin: 1.75rem 0 .75rem; break-after: avoid; }
h3 { font-size: 12pt; font-weight: bold; margin: 0 0 .4rem; break-after: avoid; }
section.clause { position: relative; padding-inline-start: 3.5rem; margin: 0 0 .9rem; }
section.clause > .number { position: absolute; inset-inline-start: 0; top: 0; }
section.clause p { margin: 0 0 .5rem; text-align: justify; }
section.clause.preamble .words { font-style: italic; }
.option { margin: .25rem 0 .5rem; }
.option-label { float: inline-start; font-weight: bold; font-style: normal; margin-inline-end: .4em; }
.note-ref { font-size: .65em; line-height: 0; }
.note-ref a, .notes a { color: inherit; text-decoration: none; }
ol.notes { list-style: none; padding: 0; margin: .25rem 0 .5rem; font-size: 10pt; font-style: normal; }
ol.notes::before { content: ""; display: block; width: 8rem; border-top: 1px solid #000; margin-bottom: .2rem; }
table.signoffs { border-collapse: collapse; margin: .5rem 0 .5rem; font-size: 10pt; width: 100%; }
table.signoffs th, table.signoffs td { border: 1px solid #000; padding: .15rem .5rem; text-align: start; vertical-align: top; }
table.signoffs thead { display: table-header-group; }
table.signoffs tr { break-inside: avoid; }
.matrix-key { font-size: 9pt; font-style: italic; }
.digest code { font-size: 9pt; overflow-wrap: anywhere; }
@media print {
  body { margin: 0; max-width: none; }
  .letterhead { display: none; }
}`;

/** A CSS string: every character but letters, digits and a few signs escaped, so no value can end the style. */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/[\p{L}\p{N} ./,·-]/u.test(c) ? c : `\\${c.codePointAt(0)?.toString(16)} `)).join('')}"`;
}

/**
 * The printed page: A4, and in its margins on every page (CSS paged media, which Chromium prints) the
 * marking at the top left, the symbol and date at the top right, "Page 2 of 7" at the foot.
 */
export function pageStyle(agreement: Agreement, letterhead: Letterhead): string {
  const margin = 'font-family: "Times New Roman", Times, serif; font-size: 10pt;';
  return `
@page {
  size: A4;
  margin: 2.5cm 2cm;
  @top-left { content: ${cssString(markingWords(letterhead, agreement))}; ${margin} font-weight: bold; vertical-align: bottom; }
  @top-right { content: ${cssString(headerName(letterhead, agreement))} "\\A" ${cssString(dateWords(letterhead))}; white-space: pre; text-align: right; ${margin} vertical-align: bottom; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); ${margin} }
}`;
}

/** Only with authorship, so the HTML without it stays as it was. */
export const AUTHORSHIP_STYLE = `
.author { background-color: color-mix(in srgb, var(--author-color) 18%, transparent); border-bottom: 2px solid var(--author-color); }
.authorship-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; justify-content: center; font-size: .9rem; }
.authorship-legend .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem; vertical-align: -.1rem; background: var(--author-color); }`;

/** Only when the text holds pending suggestions; colours print (print-color-adjust), and the marks read without them. */
export const SUGGESTION_STYLE = `
ins.suggestion { color: #0b6b2e; text-decoration: underline; text-decoration-thickness: 1px; background: none; }
del.suggestion { color: #a3161b; text-decoration: line-through; }
.suggestion-ref { font-size: .65rem; color: #555; margin-left: .1rem; font-weight: normal; }
.suggestion-notes { list-style: none; padding: 0; margin: .25rem 0 .5rem; font-size: .8rem; color: #444; }
.suggestion-notes .suggestion-ref { font-size: .8rem; margin: 0 .3rem 0 0; }
.suggestion-key { text-align: center; font-size: .85rem; color: #444; }
ins.suggestion, del.suggestion { -webkit-print-color-adjust: exact; print-color-adjust: exact; }`;

/** Who wrote the text, in the colours it is shown in (as the server's client-id bindings record it). */
export function authorshipLegend(authors: NonNullable<Agreement['authors']>): string {
  const items = authors
    .map(
      (author) =>
        `<li><span class="swatch" style="--author-color: ${escapeHtml(author.color)}"></span>${escapeHtml(writtenBy(author))}</li>`,
    )
    .join('');
  return `<section class="authorship" aria-label="Authorship"><p class="subtitle">Authorship of the text</p><ul class="authorship-legend">${items}</ul></section>`;
}

/**
 * The letterhead (on screen; in print, the page margins carry it on every page), the title block
 * (marking, title, parties, revision and date), the authorship legend and the key to suggestion marks.
 */
export function frontMatter(agreement: Agreement, letterhead: Letterhead, suggested: boolean): string[] {
  const marking = markingWords(letterhead, agreement);
  const body: string[] = [
    `<header class="letterhead"><span class="marking-head">${escapeHtml(marking)}</span><span class="symbol">${escapeHtml(headerName(letterhead, agreement))}<span class="date">${escapeHtml(dateWords(letterhead))}</span></span></header>`,
    '<div class="title-block">',
    `<p class="marking">${escapeHtml(marking)}</p>`,
    `<h1>${escapeHtml(agreement.title)}</h1>`,
  ];
  if (agreement.parties.length > 0) body.push(`<p class="parties">${escapeHtml(partiesInWords(agreement))}</p>`);
  body.push(`<p class="revision">${escapeHtml(revisionLine(letterhead, agreement))}</p>`, '</div>');
  if (agreement.authors) body.push(authorshipLegend(agreement.authors));
  if (suggested) {
    body.push(
      '<p class="suggestion-key">Pending suggestions: <ins class="suggestion">inserted words</ins> and <del class="suggestion">deleted words</del>, each numbered (S1, S2 …) with its author and time under its clause.</p>',
    );
  }
  return body;
}

/** The annexes after the text: the agenda and the record of the session, when asked for. */
export function annexes(agreement: Agreement): string[] {
  const body: string[] = [];
  if (agreement.agenda) {
    body.push(
      '<h2>Annex: agenda</h2>',
      `<ol>${agreement.agenda.map((i) => `<li>${escapeHtml(i.title)} (${i.state})</li>`).join('')}</ol>`,
    );
  }
  if (agreement.record) {
    const rows = agreement.record
      .map(
        (r) =>
          `<tr><td><time datetime="${escapeHtml(r.at)}">${escapeHtml(r.when)}</time></td><td>${escapeHtml(r.who)}</td><td>${escapeHtml(recordWhat(r))}</td><td>${escapeHtml(r.outcome)}</td></tr>`,
      )
      .join('');
    body.push(
      '<h2>Annex: record of the session</h2>',
      `<table class="signoffs"><thead><tr><th>When</th><th>Who</th><th>What happened</th><th>Outcome</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  return body;
}

/** `lang` and, for a right-to-left language, `dir="rtl"`: the attributes of an element holding one language's text. */
export function languageAttributes(language: string): string {
  return `lang="${escapeHtml(language)}"${textDirection(language) === 'rtl' ? ' dir="rtl"' : ''}`;
}

/** The HTML page around a body: the language of the page, its title and styles (with the printed page's margins). */
export function htmlPage(
  agreement: Agreement,
  letterhead: Letterhead,
  language: string,
  style: string,
  body: readonly string[],
): string {
  return `<!doctype html>
<html ${languageAttributes(language)}>
<head>
<meta charset="utf-8">
<title>${escapeHtml(agreement.title)} — ${escapeHtml(subtitle(agreement))}</title>
<style>${style}${pageStyle(agreement, letterhead)}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/**
 * A print-ready HTML document laid out as the DOCX is (the browser's "Save as PDF" prints the marking,
 * symbol, date and page numbers on every page); no scripts. The page carries the text's language
 * (`lang`, and `dir="rtl"` for a right-to-left one).
 */
export function renderHtml(agreement: Agreement, letterhead: Letterhead = plainLetterhead(agreement)): string {
  const rendering = newRendering(new Map((agreement.authors ?? []).map((author) => [author.key, author])));
  const suggested = hasPendingSuggestions(agreement);
  const language = agreement.language ?? 'en';
  const body = frontMatter(agreement, letterhead, suggested);
  if (agreement.preamble.length > 0) {
    body.push(
      `<h2>${escapeHtml(partHeading('preamble', language))}</h2>`,
      ...agreement.preamble.map((c) => clause(c, rendering)),
    );
  }
  if (agreement.operative.length > 0) {
    body.push(
      `<h2>${escapeHtml(partHeading('operative', language))}</h2>`,
      ...agreement.operative.map((c) => clause(c, rendering)),
    );
  }
  body.push(...signOffMatrixHtml(agreement), ...authenticationHtml(letterhead), ...annexes(agreement));
  const style = `${STYLE}${agreement.authors ? AUTHORSHIP_STYLE : ''}${suggested ? SUGGESTION_STYLE : ''}`;
  return htmlPage(agreement, letterhead, language, style, body);
}
