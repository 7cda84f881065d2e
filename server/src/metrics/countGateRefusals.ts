import type { DocumentPolicy, DocumentPolicyFactory } from '../sync/DocumentPolicy.ts';
import type { ServerMetrics } from './ServerMetrics.ts';

/**
 * The session's policy, counting the gate's refusals on the way: every update the gate refuses is
 * handed to `policy.record` (Room, after the `gate.refused` log line), so the count needs no change
 * to the sync layer. Labelled by document kind and the sender's role only (a bounded set).
 */
export function countGateRefusals(
  factory: DocumentPolicyFactory,
  metrics: Pick<ServerMetrics, 'gateRefusals'>,
): DocumentPolicyFactory {
  return (plenaries) => {
    const policy = factory(plenaries);
    const counted: DocumentPolicy = {
      mayOpen: (participant, ref) => policy.mayOpen(participant, ref),
      writeContext: (ref) => policy.writeContext(ref),
      afterClientUpdate: (update) => policy.afterClientUpdate(update),
      record: (event) => {
        if (event.kind === 'updateRefused')
          metrics.gateRefusals.inc({ document: event.ref.kind, role: event.sender.role });
        policy.record(event);
      },
    };
    const connectionClosed = policy.connectionClosed?.bind(policy);
    const plenaryLoaded = policy.plenaryLoaded?.bind(policy);
    return {
      ...counted,
      ...(connectionClosed ? { connectionClosed } : {}),
      ...(plenaryLoaded ? { plenaryLoaded } : {}),
    };
  };
}
