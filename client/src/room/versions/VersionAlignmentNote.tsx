import type { VersionAlignment } from '@parley/shared';
import { textDirection, wordDiff } from '@parley/shared';
import { useMemo } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { formatTime } from '../../ui/formatTime.ts';
import { WordDiff } from '../../ui/WordDiff.tsx';

/**
 * Where a version stands against the original: "Aligned with English as of …, by …", "Stale" with
 * the words of the original changed since alignment, or "Missing". Live: a keystroke in either text
 * moves it.
 */
export function VersionAlignmentNote({
  version,
  sourceName,
  sourceTag,
}: {
  version: VersionAlignment;
  sourceName: string;
  /** The original's language, for the diff's `lang` (it shows the original's words). */
  sourceTag: string;
}) {
  const { text } = useMessages();
  const { state, alignment } = version;
  const sourceChanged = alignment !== null && alignment.sourceWording !== version.sourceWording;
  const diff = useMemo(
    () =>
      state === 'stale' && alignment !== null && sourceChanged
        ? wordDiff(alignment.sourceWording, version.sourceWording, sourceTag)
        : null,
    [state, alignment, sourceChanged, version.sourceWording, sourceTag],
  );
  const words =
    state === 'aligned'
      ? alignment === null
        ? text('versions.state.nothingYet')
        : text('versions.state.aligned', { source: sourceName, time: formatTime(alignment.at), name: alignment.name })
      : state === 'stale' && alignment !== null
        ? text(sourceChanged ? 'versions.state.stale' : 'versions.state.staleVersion', {
            source: sourceName,
            time: formatTime(alignment.at),
          })
        : version.versionWording === ''
          ? text('versions.state.missingEmpty')
          : text('versions.state.missingUnaligned', { source: sourceName });
  return (
    <div className={`version-state version-state--${state}`} data-testid="version-state" data-state={state}>
      <p className="version-state__words">{words}</p>
      {state !== 'aligned' && version.authentic && (
        <p className="version-state__blocks">{text('versions.state.blocks')}</p>
      )}
      {diff !== null && (
        <figure className="version-state__diff">
          <figcaption>{text('versions.state.diffLabel', { source: sourceName })}</figcaption>
          <p lang={sourceTag} dir={textDirection(sourceTag)} data-testid="version-stale-diff">
            <WordDiff parts={diff} />
          </p>
        </figure>
      )}
    </div>
  );
}
