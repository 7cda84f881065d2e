import type { Editor } from '@tiptap/core';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { RichTextEditorOptions } from '../../editor/RichTextEditor.tsx';
import { RichText, useRichTextEditor } from '../../editor/RichTextEditor.tsx';
import type { StaticTextRenderer } from '../../editor/useStaticTextRenderer.ts';

/**
 * How a clause drawn without an editor was reached, so that its editor takes over where the person
 * was: focused by the keyboard (the caret at the start), or clicked at a point of the screen.
 */
export type Activation =
  | { readonly kind: 'focus' }
  | { readonly kind: 'point'; readonly x: number; readonly y: number };

/**
 * A clause's text in its live editor, reporting the editor to the card (for the draft's toolbar). An
 * `activation` puts the focus and the caret where the person reached the drawing it replaces.
 */
export function ClauseText({
  options,
  activation,
  onActivated,
  onEditor,
}: {
  options: RichTextEditorOptions;
  activation: Activation | null;
  onActivated: () => void;
  onEditor: (editor: Editor | null) => void;
}) {
  const editor = useRichTextEditor(options);
  useEffect(() => {
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);
  // Before the browser paints: the focus and the caret go where the person put them on the drawing.
  useLayoutEffect(() => {
    if (activation === null || !editor || editor.isDestroyed) return;
    editor.view.dom.focus();
    const at = activation.kind === 'point' ? editor.view.posAtCoords({ left: activation.x, top: activation.y }) : null;
    editor.commands.setTextSelection(at ? at.pos : 1);
    onActivated();
  }, [activation, editor, onActivated]);
  return <RichText editor={editor} className="clause-editor" />;
}

/**
 * A clause's text drawn from Yjs without an editor (kept current as it changes), for a clause far
 * from the screen in a long draft. The same textbox as the editor for assistive technology and Tab;
 * focusing or clicking it asks for the editor.
 */
export function StaticClauseText({
  fragment,
  draw,
  labelledBy,
  editable,
  onActivate,
}: {
  fragment: RichTextEditorOptions['fragment'];
  draw: StaticTextRenderer;
  labelledBy: string;
  editable: boolean;
  onActivate: (activation: Activation) => void;
}) {
  const content = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = content.current;
    if (element === null) return;
    const redraw = () => draw(fragment, element);
    redraw();
    fragment.observeDeep(redraw);
    return () => fragment.unobserveDeep(redraw);
  }, [fragment, draw]);
  return (
    <div className="rich-text clause-editor" data-testid="rich-text">
      {/* biome-ignore lint/a11y/useSemanticElements: the same rich textbox the editor is (a textarea holds no formatting). */}
      <div
        ref={content}
        className="rich-text__content rich-text__content--static"
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelledBy}
        aria-readonly={!editable}
        contentEditable={editable ? undefined : false}
        tabIndex={0}
        dir="auto"
        translate="no"
        data-testid="static-text"
        onPointerDown={(event) => onActivate({ kind: 'point', x: event.clientX, y: event.clientY })}
        onFocus={() => onActivate({ kind: 'focus' })}
      />
    </div>
  );
}
