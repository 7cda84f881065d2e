import { readJson, refusalOf, UNREACHABLE } from '../api/requestJson.ts';
import { isServerAnswer, noteServerAnswered } from '../api/serverAnswers.ts';

/** The server's export formats (`akn`: Akoma Ntoso XML). */
export type ExportFormat = 'docx' | 'md' | 'html' | 'json' | 'akn';

export interface ExportChoice {
  readonly format: ExportFormat;
  /** A saved revision's id, or null for the text as it is now. */
  readonly revision: string | null;
  readonly clean: boolean;
  readonly agenda: boolean;
  readonly record: boolean;
  /**
   * The text's languages: one session language, or two side by side (Word and HTML only); the
   * language of negotiation when absent or empty.
   */
  readonly languages?: readonly string[];
}

/** Why a download did not start; `unreachable` when nothing was heard from the server (it may come back). */
export interface ExportRefusal {
  readonly error: string;
  readonly unreachable: boolean;
}

/** `attachment; filename="x"; filename*=UTF-8''x` → the file name, the encoded form first. */
function fileNameOf(disposition: string | null, fallback: string): string {
  if (disposition === null) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * Downloads the draft agreement. The export needs the participant's token, so it is fetched here and
 * handed to the browser as a file through an object URL. Returns the server's reason when refused
 * (a clean text is refused with 409 while anything is unagreed).
 */
export async function downloadExport(
  sessionId: string,
  token: string,
  choice: ExportChoice,
): Promise<ExportRefusal | null> {
  const query = new URLSearchParams({ format: choice.format });
  if (choice.revision !== null) query.set('revision', choice.revision);
  if (choice.clean) query.set('clean', '1');
  if (choice.agenda) query.set('agenda', '1');
  if (choice.record) query.set('record', '1');
  if (choice.languages !== undefined && choice.languages.length > 0) query.set('language', choice.languages.join(','));
  let response: Response;
  try {
    response = await fetch(`/api/sessions/${sessionId}/export?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    return { error: UNREACHABLE, unreachable: true };
  }
  const answered = isServerAnswer(response.status);
  if (answered) noteServerAnswered();
  if (!response.ok) return { error: refusalOf(response, await readJson(response)), unreachable: !answered };
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), `agreement.${choice.format}`);
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; give the browser a moment before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
}
