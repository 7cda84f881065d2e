import type { ImportedRun } from '@parley/shared';
import type { DraftRun } from './DraftBlock.ts';

/**
 * Square brackets typed in the file become bracketed runs: the words between "[" and "]" carry the
 * bracket mark and the two characters go, since Parley draws brackets itself. Pairs are matched over
 * the whole paragraph, across bold and italic; a bracket inside a bracket is part of the outer one;
 * an unmatched "[" or "]", or a pair around nothing but spaces (a blank to fill), stays as typed.
 */
export function splitBrackets(runs: readonly DraftRun[]): { runs: ImportedRun[]; brackets: number } {
  const chars = runs.flatMap((run) => [...run.text].map((char) => ({ char, run })));
  const role: ('open' | 'close' | null)[] = chars.map(() => null);
  const stack: number[] = [];
  chars.forEach(({ char }, index) => {
    if (char === '[') stack.push(index);
    else if (char === ']' && stack.length > 0) {
      const open = stack.pop() ?? 0;
      const inner = chars
        .slice(open + 1, index)
        .map((c) => c.char)
        .join('');
      if (inner.trim().length === 0) return;
      role[open] = 'open';
      role[index] = 'close';
    }
  });
  const out: ImportedRun[] = [];
  let depth = 0;
  let brackets = 0;
  chars.forEach(({ char, run }, index) => {
    if (role[index] === 'open') {
      // Each outermost pair is one bracketed passage.
      if (depth === 0) brackets += 1;
      depth += 1;
    } else if (role[index] === 'close') depth -= 1;
    else {
      const marks = {
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italic: true } : {}),
        ...(depth > 0 ? { bracket: true } : {}),
      };
      const last = out[out.length - 1];
      if (last && sameMarks(last, marks)) out[out.length - 1] = { ...last, text: last.text + char };
      else out.push({ text: char, ...marks });
    }
  });
  return { runs: out, brackets };
}

function sameMarks(a: ImportedRun, b: Omit<ImportedRun, 'text'>): boolean {
  return (
    Boolean(a.bold) === Boolean(b.bold) &&
    Boolean(a.italic) === Boolean(b.italic) &&
    Boolean(a.bracket) === Boolean(b.bracket)
  );
}
