import type { Agreement, AgreementClause, Block, Run, RunSuggestion } from '@parley/shared';
import { describeExportedSuggestion, exportedSuggestionsOf, INSERTION_MARK, textDirection } from '@parley/shared';
import {
  bracketGroups,
  bracketNote,
  clauseTitle,
  hasPendingSuggestions,
  STATUS_LABEL,
  signOffText,
  subtitle,
  suggestionSegments,
} from './exportText.ts';
import { partHeading } from './partHeadings.ts';
import { recordWhat } from './recordWhat.ts';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export type Authors = ReadonlyMap<string, NonNullable<Agreement['authors']>[number]>;

/** What the text is rendered with: authors (with authorship) and the note number of each pending suggestion. */
export interface Rendering {
  readonly authors: Authors;
  /** Suggestion id → its number ("S1"), handed out clause by clause in the order of the text. */
  readonly notes: Map<string, number>;
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
      return `<span class="bracket" title="${escapeHtml(`Held by ${bracket.holderName}: ${bracket.reason}`)}">[${text}]<sup>${escapeHtml(bracket.holderName)}</sup></span>`;
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

/** The clause's words in its language: body, then each option ("(no text)" for an empty one). */
export function clauseWords(c: AgreementClause, rendering: Rendering): string[] {
  const parts = [blocks(c.blocks, rendering)];
  for (const option of c.options) {
    parts.push(
      `<div class="option"><p class="option-label">${escapeHtml(option.label)}</p>${blocks(option.blocks, rendering) || '<p><em>(no text)</em></p>'}</div>`,
    );
  }
  return parts;
}

/** Who signed the clause off, as a table (drafts only; empty without parties). */
export function signOffTable(c: AgreementClause): string[] {
  if (c.signoffs.length === 0) return [];
  const rows = c.signoffs.map((s) => `<tr><td>${escapeHtml(s.partyName)}</td><td>${signOffText(s)}</td></tr>`).join('');
  return [
    `<table class="signoffs"><thead><tr><th>Party</th><th>Sign-off</th></tr></thead><tbody>${rows}</tbody></table>`,
  ];
}

function clause(c: AgreementClause, draft: boolean, rendering: Rendering): string {
  // Numbered before the text is rendered, so each stretch of suggested words carries its note's number.
  const notes = suggestionNotes(c, rendering.notes);
  const parts = [`<section class="clause status-${c.status}">`, `<h3>${escapeHtml(clauseTitle(c))}</h3>`];
  if (draft) parts.push(`<p class="status">${escapeHtml(STATUS_LABEL[c.status])}</p>`);
  parts.push(...clauseWords(c, rendering));
  const note = bracketNote(c);
  if (draft && note) parts.push(`<p class="bracket-note">${escapeHtml(note)}</p>`);
  if (notes !== null) parts.push(notes);
  if (draft) parts.push(...signOffTable(c));
  parts.push('</section>');
  return parts.join('\n');
}

export const STYLE = `
body { font-family: "Times New Roman", Times, serif; max-width: 44rem; margin: 2rem auto; line-height: 1.5; color: #111; }
h1 { text-align: center; font-size: 1.6rem; }
.subtitle { text-align: center; font-weight: bold; letter-spacing: .05em; }
.parties { text-align: center; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin-top: 2rem; }
h3 { font-size: 1rem; margin-bottom: .25rem; }
.status { font-size: .85rem; color: #555; margin: 0; }
.bracket sup { font-size: .65rem; color: #555; margin-inline-start: .1rem; }
.option { border-inline-start: 3px solid #999; padding-inline-start: .75rem; margin: .5rem 0; }
.option-label { font-weight: bold; margin: 0; }
.bracket-note { font-size: .85rem; color: #555; }
table.signoffs { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
table.signoffs th, table.signoffs td { border: 1px solid #999; padding: .15rem .6rem; text-align: start; }
.draft-mark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 6rem; color: rgba(0,0,0,.06); transform: rotate(-30deg); pointer-events: none; }
@page { size: A4; margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; }
  section.clause { break-inside: avoid; }
  h2 { break-after: avoid; }
}`;

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

/** The title, subtitle and parties, the authorship legend and the key to suggestion marks. */
export function frontMatter(agreement: Agreement, suggested: boolean): string[] {
  const body: string[] = [];
  if (agreement.draft) body.push('<div class="draft-mark" aria-hidden="true">DRAFT</div>');
  body.push(`<h1>${escapeHtml(agreement.title)}</h1>`);
  body.push(`<p class="subtitle">${escapeHtml(subtitle(agreement))}</p>`);
  body.push(`<p class="parties">${agreement.parties.map((p) => escapeHtml(p.name)).join(' · ')}</p>`);
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

/** The HTML page around a body: the language of the page, its title and styles. */
export function htmlPage(agreement: Agreement, language: string, style: string, body: readonly string[]): string {
  return `<!doctype html>
<html ${languageAttributes(language)}>
<head>
<meta charset="utf-8">
<title>${escapeHtml(agreement.title)} — ${escapeHtml(subtitle(agreement))}</title>
<style>${style}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/**
 * A print-ready HTML document (the browser's "Save as PDF" gives a proper PDF); no scripts. The page
 * carries the text's language (`lang`, and `dir="rtl"` for a right-to-left one).
 */
export function renderHtml(agreement: Agreement): string {
  const authors: Authors = new Map((agreement.authors ?? []).map((author) => [author.key, author]));
  const rendering: Rendering = { authors, notes: new Map() };
  const suggested = hasPendingSuggestions(agreement);
  const language = agreement.language ?? 'en';
  const body = frontMatter(agreement, suggested);
  if (agreement.preamble.length > 0) {
    body.push(
      `<h2>${escapeHtml(partHeading('preamble', language))}</h2>`,
      ...agreement.preamble.map((c) => clause(c, agreement.draft, rendering)),
    );
  }
  if (agreement.operative.length > 0) {
    body.push(
      `<h2>${escapeHtml(partHeading('operative', language))}</h2>`,
      ...agreement.operative.map((c) => clause(c, agreement.draft, rendering)),
    );
  }
  body.push(...annexes(agreement));
  const style = `${STYLE}${agreement.authors ? AUTHORSHIP_STYLE : ''}${suggested ? SUGGESTION_STYLE : ''}`;
  return htmlPage(agreement, language, style, body);
}
