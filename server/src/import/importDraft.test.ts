import { MEDIATOR_HOLDER } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { Refusal } from '../domain/Refusal.ts';
import { draftToClauses } from './draftToClauses.ts';
import { importDraft } from './importDraft.ts';
import { readMarkdown } from './readMarkdown.ts';
import { splitBrackets } from './splitBrackets.ts';
import { ZERO_DRAFT, zeroDraftDocx } from './zeroDraft.testkit.ts';

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const plain = (runs: readonly { text: string }[]) => runs.map((run) => run.text).join('');

describe('importing a DOCX zero draft', () => {
  it('makes the title no clause, the paragraphs before the first numbered one preamble, each numbered one operative', async () => {
    const preview = await importDraft({ format: 'docx', data: (await zeroDraftDocx()).toString('base64') });
    expect(preview.title).toBe(ZERO_DRAFT.title);
    expect(preview.clauses.map((clause) => clause.kind)).toEqual([
      'preamble',
      'preamble',
      'operative',
      'operative',
      'operative',
    ]);
    const texts = preview.clauses.map((clause) =>
      clause.paragraphs.map((p) => (p.type === 'paragraph' ? plain(p.runs) : '')),
    );
    expect(texts).toEqual([...ZERO_DRAFT.preamble, ...ZERO_DRAFT.operative].map((text) => [text]));
  });

  it('keeps bold and italic, and makes the square-bracketed words a bracket without the bracket characters', async () => {
    const preview = await importDraft({ format: 'docx', data: (await zeroDraftDocx()).toString('base64') });
    const runsOf = (index: number) => {
      const block = preview.clauses[index]?.paragraphs[0];
      return block?.type === 'paragraph' ? block.runs : [];
    };
    expect(runsOf(0)[0]).toEqual({ text: 'Recalling', italic: true });
    expect(runsOf(2)).toContainEqual({ text: 'shall', bold: true });
    expect(runsOf(3)).toEqual([
      { text: 'The commission shall meet ' },
      { text: ZERO_DRAFT.bracketed, bracket: true },
      { text: ' in ' },
      { text: 'either capital', italic: true },
      { text: '.' },
    ]);
    expect(preview.clauses.map((clause) => clause.brackets)).toEqual([0, 0, 0, 1, 0]);
    expect(preview.brackets).toMatchObject({
      holder: MEDIATOR_HOLDER,
      reason: 'other',
      note: 'imported; to be reassigned',
    });
  });

  it('refuses a file that is not a Word document', async () => {
    await expect(importDraft({ format: 'docx', data: base64('not a zip') })).rejects.toBeInstanceOf(Refusal);
  });
});

describe('importing a Markdown zero draft', () => {
  const source = [
    '# Zero draft',
    '',
    'Noting with **concern** the situation,',
    '',
    'PP2. *Welcoming* the talks,',
    '',
    '1. The Parties agree to [a ceasefire].',
    '',
    '   - first, a line of contact;',
    '   - second, observers.',
    '',
    'Unnumbered text that continues paragraph 1.',
    '',
    '2) Prisoners are exchanged within [30][60] days.',
  ].join('\n');

  it('reads preamble, operative, lists and continuation by the same rules', async () => {
    const preview = await importDraft({ format: 'md', data: base64(source) });
    expect(preview.title).toBe('Zero draft');
    expect(preview.clauses.map((clause) => [clause.kind, clause.paragraphs.map((block) => block.type)])).toEqual([
      ['preamble', ['paragraph']],
      ['preamble', ['paragraph']],
      ['operative', ['paragraph', 'bulletList', 'paragraph']],
      ['operative', ['paragraph']],
    ]);
    const second = preview.clauses[1]?.paragraphs[0];
    expect(second?.type === 'paragraph' && second.runs).toEqual([
      { text: 'Welcoming', italic: true },
      { text: ' the talks,' },
    ]);
    expect(preview.clauses.map((clause) => clause.brackets)).toEqual([0, 0, 1, 2]);
  });

  it('a heading inside the text becomes the heading of the clause after it', () => {
    const { clauses } = draftToClauses(
      readMarkdown('# T\n\nRecalling x,\n\n## Ceasefire\n\n1. Guns fall silent.').blocks,
    );
    expect(clauses.map((clause) => [clause.kind, clause.heading])).toEqual([
      ['preamble', undefined],
      ['operative', 'Ceasefire'],
    ]);
  });

  it('gives the brackets to the mediator, reason “other”, to be reassigned (a session with no party yet imports too)', async () => {
    const preview = await importDraft({ format: 'md', data: base64('1. Deploy [9,000] troops.') });
    expect(preview.brackets).toEqual({
      holder: MEDIATOR_HOLDER,
      holderName: 'the mediator',
      reason: 'other',
      note: 'imported; to be reassigned',
    });
    expect(preview.clauses[0]?.brackets).toBe(1);
  });

  it('refuses a file with no paragraphs', async () => {
    await expect(importDraft({ format: 'md', data: base64('# only a title') })).rejects.toThrow(/no paragraphs/);
  });
});

describe('square brackets', () => {
  it('span bold and italic, leave unmatched and blank ones as typed, and count outermost pairs', () => {
    expect(splitBrackets([{ text: 'a [b ' }, { text: 'c', bold: true }, { text: '] d' }])).toEqual({
      runs: [{ text: 'a ' }, { text: 'b ', bracket: true }, { text: 'c', bold: true, bracket: true }, { text: ' d' }],
      brackets: 1,
    });
    expect(splitBrackets([{ text: 'x ] y [ ] z [' }])).toEqual({ runs: [{ text: 'x ] y [ ] z [' }], brackets: 0 });
    expect(splitBrackets([{ text: '[a [b] c]' }])).toEqual({ runs: [{ text: 'a b c', bracket: true }], brackets: 1 });
  });
});
