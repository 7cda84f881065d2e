export type { AdmissionResult, TentativeApply } from './admitUpdate.ts';
export { admitUpdate } from './admitUpdate.ts';
export type { BracketChange } from './BracketedText.ts';
export type { ClientBindings, ClientOwner } from './ClientBindings.ts';
export type { DocumentLayout } from './DocumentLayout.ts';
export { plenaryLayout, roomLayout } from './DocumentLayout.ts';
export type { GateResult } from './GateResult.ts';
export type { GateInput, GateLimits } from './UpdateGate.ts';
export { checkUpdate, DEFAULT_GATE_LIMITS } from './UpdateGate.ts';
