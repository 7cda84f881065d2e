import type { ImportPreview, ImportRequest } from '@parley/shared';
import { IMPORT_MAX_FILE_BYTES, importAnswerSchema, importPreviewSchema } from '@parley/shared';
import { useId, useState } from 'react';
import { isUnreachable, requestJson } from '../../api/requestJson.ts';
import { useWhenServerIsBack } from '../../api/useWhenServerIsBack.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { fileToBase64, formatOfFile } from './fileToBase64.ts';
import { ImportPreviewList } from './ImportPreviewList.tsx';

type Step =
  | { readonly kind: 'pick' }
  | {
      readonly kind: 'preview';
      readonly request: ImportRequest;
      readonly preview: ImportPreview;
      readonly name: string;
    }
  | { readonly kind: 'done'; readonly created: number };

/**
 * "Import a zero draft": pick a .docx or .md file, see the clauses it would make (the server reads it;
 * nothing changes), then create them after the existing clauses, or cancel.
 */
export function ImportSection() {
  const { sessionId, token } = useIdentity();
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);
  // "Could not reach the server" goes once the page hears from the server again.
  const [unreachable, setUnreachable] = useState(false);
  useWhenServerIsBack(unreachable, () => setError(null));
  const [pending, setPending] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const reset = () => {
    setStep({ kind: 'pick' });
    setInputKey((key) => key + 1);
  };

  const pick = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    const format = formatOfFile(file.name);
    if (format === null) return setError('Choose a Word document (.docx) or a Markdown file (.md).');
    if (file.size > IMPORT_MAX_FILE_BYTES) {
      return setError(`The file is too large (limit ${IMPORT_MAX_FILE_BYTES / 1024 / 1024} MB).`);
    }
    setPending(true);
    const request: ImportRequest = { format, data: await fileToBase64(file) };
    const answer = await requestJson(
      'POST',
      `/api/sessions/${sessionId}/import/preview`,
      request,
      importPreviewSchema,
      token,
    );
    setPending(false);
    setUnreachable(!answer.ok && isUnreachable(answer));
    if (!answer.ok) return setError(answer.error);
    setStep({ kind: 'preview', request, preview: answer.value, name: file.name });
  };

  const create = async (request: ImportRequest) => {
    setError(null);
    setPending(true);
    const answer = await requestJson('POST', `/api/sessions/${sessionId}/import`, request, importAnswerSchema, token);
    setPending(false);
    setUnreachable(!answer.ok && isUnreachable(answer));
    if (!answer.ok) return setError(answer.error);
    setStep({ kind: 'done', created: answer.value.clauseIds.length });
    setInputKey((key) => key + 1);
  };

  return (
    <div className="mc-stack" data-testid="console-import">
      <div className="mc-field">
        <label htmlFor={`${id}-file`}>Word (.docx) or Markdown (.md) file</label>
        <input
          key={inputKey}
          id={`${id}-file`}
          type="file"
          accept=".docx,.md,.markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown"
          disabled={pending}
          onChange={(event) => void pick(event.target.files?.[0])}
          data-testid="console-import-file"
        />
      </div>
      <p className="mc-hint">
        Paragraphs before the first numbered one become preamble paragraphs; each numbered paragraph an operative
        clause. Words in [square brackets] become brackets.
      </p>
      {step.kind === 'preview' ? (
        <Preview
          step={step}
          pending={pending}
          onCreate={() => void create(step.request)}
          onCancel={() => {
            setError(null);
            reset();
          }}
        />
      ) : null}
      {step.kind === 'done' ? (
        <p className="mc-hint" role="status" data-testid="console-import-done">
          Created {step.created} {step.created === 1 ? 'clause' : 'clauses'} after the existing ones.
        </p>
      ) : null}
      <Refusal error={error} testId="console-import-refusal" />
    </div>
  );
}

function Preview({
  step,
  pending,
  onCreate,
  onCancel,
}: {
  step: Extract<Step, { kind: 'preview' }>;
  pending: boolean;
  onCreate: () => void;
  onCancel: () => void;
}) {
  const { preview } = step;
  const count = preview.clauses.length;
  const brackets = preview.clauses.reduce((sum, clause) => sum + clause.brackets, 0);
  return (
    <section className="mc-stack" aria-label={`Preview of ${step.name}`}>
      <h4 className="mc-subheading">
        {preview.title ? `${preview.title}: ` : ''}
        {count} {count === 1 ? 'clause' : 'clauses'}, {brackets} {brackets === 1 ? 'bracket' : 'brackets'}
      </h4>
      {brackets > 0 ? (
        <p className="mc-hint" data-testid="console-import-holder">
          The brackets will be held by {preview.brackets.holderName}, with the reason “other” and the note “
          {preview.brackets.note}”: no party’s delegates may change their words until you give each bracket to a party
          (from the bracket’s label in the draft).
        </p>
      ) : null}
      {preview.warnings.map((warning) => (
        <p key={warning} className="mc-hint">
          Note: {warning}.
        </p>
      ))}
      <ImportPreviewList preview={preview} />
      <div className="mc-row">
        <button
          type="button"
          className="mc-button mc-button--primary"
          disabled={pending}
          onClick={onCreate}
          data-testid="console-import-create"
        >
          Create {count} {count === 1 ? 'clause' : 'clauses'}
        </button>
        <button
          type="button"
          className="mc-button"
          disabled={pending}
          onClick={onCancel}
          data-testid="console-import-cancel"
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
