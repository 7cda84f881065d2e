import type { Agreement, AgreementClause, Block, Run, RunSuggestion } from '@parley/shared';
import { INSERTION_MARK, suggestionAuthor, suggestionTime } from '@parley/shared';
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

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

function runMarkdown(run: Run): string {
  let out = escapeMarkdown(run.text);
  if (run.bold) out = `**${out}**`;
  if (run.italic) out = `*${out}*`;
  return out;
}

/**
 * A pending suggestion in CriticMarkup, the plain-text convention for tracked changes that several
 * Markdown tools read (`{++inserted++}`, `{--deleted--}`), followed by a CriticMarkup comment naming
 * its author and time: `{++words++}{>>Anna Kowalska (Ruritania), 2026-12-01 14:05 UTC<<}`.
 */
function suggestionMarkdown(suggestion: RunSuggestion, inner: string): string {
  const sign = suggestion.kind === INSERTION_MARK ? '+' : '-';
  const note = escapeMarkdown(`${suggestionAuthor(suggestion)}, ${suggestionTime(suggestion.at)}`);
  return `{${sign}${sign}${inner}${sign}${sign}}{>>${note}<<}`;
}

function inline(runs: readonly Run[]): string {
  return bracketGroups(runs)
    .map((group) => {
      const text = suggestionSegments(group.runs)
        .map((segment) => {
          const inner = segment.runs.map(runMarkdown).join('');
          return segment.suggestion ? suggestionMarkdown(segment.suggestion, inner) : inner;
        })
        .join('');
      return group.bracketed ? `\\[${text}\\]` : text;
    })
    .join('');
}

/** Each block as one string (a list's items on consecutive lines), so blocks can be spaced apart. */
function blocks(list: readonly Block[], indent = ''): string[] {
  const out: string[] = [];
  for (const block of list) {
    if (block.type === 'list') {
      const items = block.items.map((item, index) => {
        const [first = '', ...rest] = blocks(item, `${indent}   `);
        const marker = block.ordered ? `${index + 1}.` : '-';
        return [`${indent}${marker} ${first.trimStart()}`, ...rest].join('\n');
      });
      out.push(items.join('\n'));
    } else if (block.type === 'heading') {
      out.push(`${indent}**${inline(block.runs)}**`);
    } else {
      out.push(`${indent}${inline(block.runs)}`);
    }
  }
  return out;
}

function clause(c: AgreementClause, draft: boolean): string[] {
  const out = [`### ${escapeMarkdown(clauseTitle(c))}`, ''];
  if (draft) out.push(`*Status: ${STATUS_LABEL[c.status]}*`, '');
  const body = blocks(c.blocks);
  if (body.length > 0) out.push(body.join('\n\n'), '');
  c.options.forEach((option) => {
    const text = blocks(option.blocks).join(' ');
    out.push(`**${escapeMarkdown(option.label)}:** ${text || '*(no text)*'}`, '');
  });
  const note = bracketNote(c);
  if (draft && note) out.push(`Brackets: ${escapeMarkdown(note)}`, '');
  if (draft && c.signoffs.length > 0) {
    out.push('| Party | Sign-off |', '|---|---|');
    for (const s of c.signoffs) out.push(`| ${escapeMarkdown(s.partyName)} | ${signOffText(s)} |`);
    out.push('');
  }
  return out;
}

/** The agreement as Markdown: readable as plain text, and as rendered Markdown. */
export function renderMarkdown(agreement: Agreement): string {
  const out = [`# ${escapeMarkdown(agreement.title)}`, '', `**${subtitle(agreement)}**`, ''];
  out.push(`Parties: ${agreement.parties.map((p) => escapeMarkdown(p.name)).join(', ')}`, '');
  if (hasPendingSuggestions(agreement)) {
    out.push(
      'Pending suggestions are marked in CriticMarkup: {++inserted words++} and {--deleted words--}, each followed by {>>its author and time<<}.',
      '',
    );
  }
  if (agreement.preamble.length > 0) {
    out.push(`## ${partHeading('preamble', agreement.language ?? 'en')}`, '');
    for (const c of agreement.preamble) out.push(...clause(c, agreement.draft));
  }
  if (agreement.operative.length > 0) {
    out.push(`## ${partHeading('operative', agreement.language ?? 'en')}`, '');
    for (const c of agreement.operative) out.push(...clause(c, agreement.draft));
  }
  if (agreement.agenda) {
    out.push('## Annex: agenda', '');
    agreement.agenda.forEach((item, i) => {
      out.push(`${i + 1}. ${escapeMarkdown(item.title)} (${item.state})`);
    });
    out.push('');
  }
  if (agreement.record) {
    out.push('## Annex: record of the session', '', '| When | Who | What happened | Outcome |', '|---|---|---|---|');
    for (const r of agreement.record)
      out.push(`| ${r.when} | ${escapeMarkdown(r.who)} | ${escapeMarkdown(recordWhat(r))} | ${r.outcome} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
