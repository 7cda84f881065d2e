import type { Agreement, AgreementClause, Block, Run } from '@parley/shared';
import { bracketGroups, bracketNote, clauseTitle, STATUS_LABEL, signOffText, subtitle } from './exportText.ts';
import { recordWhat } from './recordWhat.ts';

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function inline(runs: readonly Run[]): string {
  return bracketGroups(runs)
    .map((group) => {
      const text = group.runs
        .map((run) => {
          let out = escapeHtml(run.text);
          if (run.bold) out = `<strong>${out}</strong>`;
          if (run.italic) out = `<em>${out}</em>`;
          return out;
        })
        .join('');
      const bracket = group.runs[0]?.bracket;
      if (!group.bracketed || !bracket) return text;
      return `<span class="bracket" title="${escapeHtml(`Held by ${bracket.holderName}: ${bracket.reason}`)}">[${text}]<sup>${escapeHtml(bracket.holderName)}</sup></span>`;
    })
    .join('');
}

function blocks(list: readonly Block[]): string {
  return list
    .map((block) => {
      if (block.type === 'list') {
        const tag = block.ordered ? 'ol' : 'ul';
        return `<${tag}>${block.items.map((item) => `<li>${blocks(item)}</li>`).join('')}</${tag}>`;
      }
      if (block.type === 'heading') return `<p class="subheading">${inline(block.runs)}</p>`;
      return `<p>${inline(block.runs)}</p>`;
    })
    .join('\n');
}

function clause(c: AgreementClause, draft: boolean): string {
  const parts = [`<section class="clause status-${c.status}">`, `<h3>${escapeHtml(clauseTitle(c))}</h3>`];
  if (draft) parts.push(`<p class="status">${escapeHtml(STATUS_LABEL[c.status])}</p>`);
  parts.push(blocks(c.blocks));
  for (const option of c.options) {
    parts.push(
      `<div class="option"><p class="option-label">${escapeHtml(option.label)}</p>${blocks(option.blocks) || '<p><em>(no text)</em></p>'}</div>`,
    );
  }
  const note = bracketNote(c);
  if (draft && note) parts.push(`<p class="bracket-note">${escapeHtml(note)}</p>`);
  if (draft && c.signoffs.length > 0) {
    const rows = c.signoffs
      .map((s) => `<tr><td>${escapeHtml(s.partyName)}</td><td>${signOffText(s)}</td></tr>`)
      .join('');
    parts.push(
      `<table class="signoffs"><thead><tr><th>Party</th><th>Sign-off</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

const STYLE = `
body { font-family: "Times New Roman", Times, serif; max-width: 44rem; margin: 2rem auto; line-height: 1.5; color: #111; }
h1 { text-align: center; font-size: 1.6rem; }
.subtitle { text-align: center; font-weight: bold; letter-spacing: .05em; }
.parties { text-align: center; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin-top: 2rem; }
h3 { font-size: 1rem; margin-bottom: .25rem; }
.status { font-size: .85rem; color: #555; margin: 0; }
.bracket sup { font-size: .65rem; color: #555; margin-left: .1rem; }
.option { border-left: 3px solid #999; padding-left: .75rem; margin: .5rem 0; }
.option-label { font-weight: bold; margin: 0; }
.bracket-note { font-size: .85rem; color: #555; }
table.signoffs { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
table.signoffs th, table.signoffs td { border: 1px solid #999; padding: .15rem .6rem; text-align: left; }
.draft-mark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 6rem; color: rgba(0,0,0,.06); transform: rotate(-30deg); pointer-events: none; }
@page { size: A4; margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; }
  section.clause { break-inside: avoid; }
  h2 { break-after: avoid; }
}`;

/** A print-ready HTML document (the browser's "Save as PDF" gives a proper PDF); no scripts. */
export function renderHtml(agreement: Agreement): string {
  const body: string[] = [];
  if (agreement.draft) body.push('<div class="draft-mark" aria-hidden="true">DRAFT</div>');
  body.push(`<h1>${escapeHtml(agreement.title)}</h1>`);
  body.push(`<p class="subtitle">${escapeHtml(subtitle(agreement))}</p>`);
  body.push(`<p class="parties">${agreement.parties.map((p) => escapeHtml(p.name)).join(' · ')}</p>`);
  if (agreement.preamble.length > 0) {
    body.push('<h2>Preamble</h2>', ...agreement.preamble.map((c) => clause(c, agreement.draft)));
  }
  if (agreement.operative.length > 0) {
    body.push('<h2>Operative part</h2>', ...agreement.operative.map((c) => clause(c, agreement.draft)));
  }
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
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(agreement.title)} — ${escapeHtml(subtitle(agreement))}</title>
<style>${STYLE}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
