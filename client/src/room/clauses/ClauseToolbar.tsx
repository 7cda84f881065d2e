import type { ClauseId } from '@parley/shared';
import type { KeyboardEvent, ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useMaySend } from '../../state/useCommand.ts';
import { EditorToolbar } from '../editor/EditorToolbar.tsx';
import { NewOptionButton } from './ClauseOptions.tsx';
import type { ClauseToolbarControl, ClauseToolbarTarget } from './ClauseToolbarContext.ts';
import { ClauseToolbarContext } from './ClauseToolbarContext.ts';
import { GiveBracket } from './GiveBracket.tsx';

/**
 * The draft with one toolbar for the clause being edited (not one per clause). The toolbar sticks to
 * the top of the draft column, names its clause, and goes away when the person works elsewhere on
 * the page (the floor, the console), so that a reader on a phone only sees it while editing.
 * Alt+F10 in a clause's text goes to the toolbar (as in most editors); Escape goes back.
 */
export function ClauseToolbarArea({
  connected,
  hint,
  children,
}: {
  connected: boolean;
  /** Where the toolbar will be, said while no clause is being edited (null for those who only read). */
  hint: string | null;
  children: ReactNode;
}) {
  const targets = useRef(new Map<ClauseId, ClauseToolbarTarget>());
  const activeId = useRef<ClauseId | null>(null);
  const [active, setActive] = useState<ClauseToolbarTarget | null>(null);
  const area = useRef<HTMLDivElement>(null);

  const control = useMemo<ClauseToolbarControl>(
    () => ({
      publish: (target) => {
        targets.current.set(target.clauseId, target);
        if (activeId.current === target.clauseId) setActive(target);
      },
      withdraw: (clauseId) => {
        targets.current.delete(clauseId);
        if (activeId.current === clauseId) {
          activeId.current = null;
          setActive(null);
        }
      },
      activate: (clauseId) => {
        activeId.current = clauseId;
        setActive(targets.current.get(clauseId) ?? null);
      },
    }),
    [],
  );

  const deactivate = useCallback(() => {
    activeId.current = null;
    setActive(null);
  }, []);
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Node && !area.current?.contains(event.target)) deactivate();
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [deactivate]);

  const toolbar = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'F10' || !event.altKey || active === null) return;
    const first = toolbar.current?.querySelector<HTMLElement>('button, select, input');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <ClauseToolbarContext.Provider value={control}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the key is the toolbar's shortcut from any clause's text, handled where the keys of every clause pass */}
      <div className="draft" ref={area} onKeyDown={onKeyDown}>
        <div className={`draft__toolbar${active === null ? '' : ' draft__toolbar--active'}`} ref={toolbar}>
          {active !== null ? (
            <ClauseToolbar target={active} connected={connected} />
          ) : (
            hint !== null && <p className="draft__hint">{hint}</p>
          )}
        </div>
        {children}
      </div>
    </ClauseToolbarContext.Provider>
  );
}

function ClauseToolbar({ target, connected }: { target: ClauseToolbarTarget; connected: boolean }) {
  const { text } = useMessages();
  const blockedReason = target.blockedReason ?? (connected ? null : text('toolbar.unreachable'));
  const mayGiveBrackets = useMaySend('bracket.reassign');
  return (
    <EditorToolbar
      bracketActions={
        mayGiveBrackets ? (holder) => <GiveBracket clauseId={target.clauseId} holder={holder} /> : undefined
      }
      editor={target.editor}
      label={target.editorLabel}
      notice={target.notice}
      blockedReason={blockedReason}
      heading={
        <span className="toolbar__target" data-testid="toolbar-target">
          {text('toolbar.editing', { name: target.name })}
        </span>
      }
    >
      <span className="toolbar__separator" aria-hidden="true" />
      {target.options !== null && (
        <NewOptionButton
          clauseId={target.clauseId}
          options={target.options}
          disabled={blockedReason !== null}
          className="toolbar__button toolbar__button--text"
        />
      )}
      {target.comment !== null && (
        <button
          type="button"
          className="toolbar__button toolbar__button--text"
          onMouseDown={(event) => event.preventDefault()}
          onClick={target.comment}
          title={text('toolbar.comment.title', { name: target.name })}
        >
          {text('toolbar.comment')}
        </button>
      )}
    </EditorToolbar>
  );
}
