/** The update gate's verdict: let the update through whole, or refuse it whole with a reason. */
export type GateResult =
  | {
      readonly ok: true;
      readonly newClients: readonly number[];
      /** Clauses whose wording (heading, body, options) the update writes: their sign-offs lapse. */
      readonly clauseTexts: readonly string[];
      /** Language versions whose words the update writes (brackets and suggestions are judged on them too). */
      readonly clauseVersions: readonly { readonly clauseId: string; readonly language: string }[];
      /** Whether the update carries any formatting item (a mark's start or end, such as a bracket's). */
      readonly writesFormatting: boolean;
    }
  | {
      readonly ok: false;
      readonly malformed: boolean;
      readonly reason: string;
      /** It needs edits the server lacks (a race after a reconnect, or a lost message): ask for them. */
      readonly missing?: boolean;
    };

/** Refused by the rules or the document's layout (4403). */
export const refuse = (reason: string): GateResult => ({ ok: false, malformed: false, reason });

/** Not a readable Yjs update at all (4400). */
export const malformed = (reason: string): GateResult => ({ ok: false, malformed: true, reason });
