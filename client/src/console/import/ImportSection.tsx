import type { ImportPreview, ImportRequest } from '@parley/shared';
import { IMPORT_MAX_FILE_BYTES, importAnswerSchema, importPreviewSchema } from '@parley/shared';
import { useId, useState } from 'react';
import { isUnreachable, requestJson } from '../../api/requestJson.ts';
import { useWhenServerIsBack } from '../../api/useWhenServerIsBack.ts';
import { useMessages } from '../../i18n/useMessages.ts';
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
  const { text } = useMessages();
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
    if (format === null) return setError(text('console.import.wrongFormat'));
    if (file.size > IMPORT_MAX_FILE_BYTES) {
      return setError(text('console.import.tooLarge', { megabytes: IMPORT_MAX_FILE_BYTES / 1024 / 1024 }));
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
        <label htmlFor={`${id}-file`}>{text('console.import.file')}</label>
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
      <p className="mc-hint">{text('console.import.hint')}</p>
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
          {text('console.import.created', { count: step.created })}
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
  const { text } = useMessages();
  const { preview } = step;
  const count = preview.clauses.length;
  const brackets = preview.clauses.reduce((sum, clause) => sum + clause.brackets, 0);
  return (
    <section className="mc-stack" aria-label={text('console.import.previewOf', { name: step.name })}>
      <h4 className="mc-subheading">
        {preview.title
          ? text('console.import.summaryTitled', { title: preview.title, clauses: count, brackets })
          : text('console.import.summary', { clauses: count, brackets })}
      </h4>
      {brackets > 0 ? (
        <p className="mc-hint" data-testid="console-import-holder">
          {text('console.import.holder', { holder: preview.brackets.holderName, note: preview.brackets.note })}
        </p>
      ) : null}
      {preview.warnings.map((warning) => (
        <p key={warning} className="mc-hint">
          {text('console.import.warning', { warning })}
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
          {text('console.import.create', { count })}
        </button>
        <button
          type="button"
          className="mc-button"
          disabled={pending}
          onClick={onCancel}
          data-testid="console-import-cancel"
        >
          {text('console.cancel')}
        </button>
      </div>
    </section>
  );
}
