import type { Participant } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import { useEffect, useMemo } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { useMessages } from '../../i18n/useMessages.ts';
import { holderLook } from '../editor/holderLook.ts';
import type { BracketRules } from '../editor/RichTextEditor.tsx';
import { RichText, useRichTextEditor } from '../editor/RichTextEditor.tsx';
import { useRoom } from '../session/RoomContext.ts';
import { typeKey } from './typeKey.ts';
import type { VersionFields } from './useClauseVersionText.ts';
import { VersionHeading } from './VersionHeading.tsx';

interface VersionEditorsProps {
  readonly fields: VersionFields;
  /** The original's heading, which the version's translates. */
  readonly sourceHeading: Y.Text;
  readonly clauseId: string;
  readonly number: string;
  /** The version's language in the interface's words ("Arabic"), for the editors' names. */
  readonly languageName: string;
  readonly provider: WebsocketProvider;
  readonly editable: boolean;
  readonly describedBy: string | undefined;
  readonly you: Participant;
  /** The version's editor with the focus (its text or an option's) is what the bracket tools act on. */
  readonly onFocusEditor: (editor: Editor) => void;
}

/**
 * A version's heading, text and options as live editors bound to its own fields. Brackets are shown
 * as in the original; translators write the words and the brackets of a version, and the gate judges
 * every edit (a delegate's guard follows their own party's brackets, as in the original).
 */
export function VersionEditors(props: VersionEditorsProps) {
  const { fields, sourceHeading, clauseId, number, languageName, editable } = props;
  const { text } = useMessages();
  const bodyLabelId = `version-${clauseId}-body-label`;
  return (
    <>
      <VersionHeading
        heading={fields.heading}
        sourceHeading={sourceHeading}
        editable={editable}
        label={text('versions.heading.label', { number, language: languageName })}
        placeholder={text('versions.heading.placeholder')}
      />
      <span className="visually-hidden" id={bodyLabelId}>
        {text('versions.body.label', { number, language: languageName })}
      </span>
      <VersionEditor
        key={typeKey(fields.body)}
        {...props}
        fragment={fields.body}
        labelledBy={bodyLabelId}
        testId="version-body"
      />
      {fields.options.length > 0 && (
        <div className="options version-column__options">
          {fields.options.map((option, index) => {
            const labelId = `version-${clauseId}-option-${option.id}-label`;
            return (
              <div className="option" key={option.id} data-testid="version-option" data-option-id={option.id}>
                <span className="option__label" id={labelId}>
                  <span className="visually-hidden">
                    {text('versions.option.label', { index: index + 1, number, language: languageName })}
                  </span>
                  <span aria-hidden="true">{text('versions.option.title', { index: index + 1 })}</span>
                </span>
                {option.body !== null && (
                  <VersionEditor
                    key={typeKey(option.body)}
                    {...props}
                    fragment={option.body}
                    labelledBy={labelId}
                    testId="version-option-body"
                  />
                )}
              </div>
            );
          })}
        </div>
      )}
    </>
  );
}

function VersionEditor({
  fragment,
  labelledBy,
  testId,
  provider,
  editable,
  describedBy,
  you,
  onFocusEditor,
}: VersionEditorsProps & { fragment: Y.XmlFragment; labelledBy: string; testId: string }) {
  const { user, parties } = useRoom();
  const brackets = useMemo<BracketRules>(
    () => ({
      describeHolder: (holder) => holderLook(parties, holder),
      mayLift: (holder) => you.role !== 'delegate' || holder === you.partyId,
      ownParty: you.partyId,
      // Only delegates are guarded (below), and the gate has the last word for everyone.
      onBlocked: () => {},
    }),
    [parties, you],
  );
  const editor = useRichTextEditor({
    fragment,
    provider,
    user,
    labelledBy,
    describedBy,
    editable,
    brackets,
    guardBrackets: you.role === 'delegate',
  });
  useEffect(() => {
    if (!editor) return;
    const onFocus = () => onFocusEditor(editor);
    editor.on('focus', onFocus);
    return () => {
      editor.off('focus', onFocus);
    };
  }, [editor, onFocusEditor]);
  return (
    <div data-testid={testId}>
      <RichText editor={editor} className="clause-editor version-editor" />
    </div>
  );
}
