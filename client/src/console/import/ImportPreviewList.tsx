import type { ImportedBlock, ImportedRun, ImportPreview } from '@parley/shared';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';

/** The clauses an import would create, numbered as the draft numbers them: PP1, PP2 … then 1, 2 … */
export function ImportPreviewList({ preview }: { preview: ImportPreview }) {
  const { text } = useMessages();
  let preamble = 0;
  let operative = 0;
  return (
    <ol
      className="mc-list mc-list--plain"
      aria-label={text('console.import.clausesToCreate')}
      data-testid="console-import-preview"
    >
      {preview.clauses.map((clause, index) => {
        const number = clause.kind === 'preamble' ? `PP${++preamble}` : `${++operative}.`;
        return (
          // The preview is read once and never reordered: its index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className="mc-item" data-testid="console-import-clause" data-kind={clause.kind}>
            <div className="mc-item__head">
              <span className="mc-item__number">{number}</span>
              {clause.heading ? <span className="mc-item__title">{clause.heading}</span> : null}
              {clause.brackets > 0 ? (
                <span className="mc-tag mc-tag--alert" data-testid="console-import-brackets">
                  {text('console.import.brackets', { count: clause.brackets })}
                </span>
              ) : null}
            </div>
            {clause.paragraphs.map((block, at) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, as above
              <Block key={at} block={block} />
            ))}
          </li>
        );
      })}
    </ol>
  );
}

function Block({ block }: { block: ImportedBlock }) {
  if (block.type === 'paragraph') return <p className="mc-option__text">{runsOf(block.runs)}</p>;
  const items = block.items.map((runs, at) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
    <li key={at}>{runsOf(runs)}</li>
  ));
  return block.type === 'orderedList' ? <ol>{items}</ol> : <ul>{items}</ul>;
}

/** Bold and italic as in the file; bracketed words between drawn brackets, as the room will show them. */
function runsOf(runs: readonly ImportedRun[]) {
  return runs.map((run, at) => {
    let node: ReactNode = run.text;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    if (run.bracket) node = <mark className="mc-import__bracket">[{node}]</mark>;
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
    return <span key={at}>{node}</span>;
  });
}
