/** The update gate's verdict: let the update through whole, or refuse it whole with a reason. */
export type GateResult =
  | { readonly ok: true; readonly newClients: readonly number[] }
  | { readonly ok: false; readonly reason: string };

export const refuse = (reason: string): GateResult => ({ ok: false, reason });
