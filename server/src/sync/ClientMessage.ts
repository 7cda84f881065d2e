import * as decoding from 'lib0/decoding';
import { MessageType, SyncType } from './messages.ts';

/** One incoming frame, parsed completely before anything acts on it. */
export type ClientMessage =
  | { readonly type: 'syncStep1'; readonly stateVector: Uint8Array }
  | { readonly type: 'syncStep2'; readonly update: Uint8Array }
  | { readonly type: 'update'; readonly update: Uint8Array }
  | { readonly type: 'awareness'; readonly update: Uint8Array }
  | { readonly type: 'queryAwareness' };

export class MalformedMessageError extends Error {}

/**
 * Parses a y-websocket frame. Throws MalformedMessageError for unknown types, truncated varints,
 * length prefixes beyond the frame, and trailing bytes: a frame either parses whole or is refused.
 */
export function parseClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  let message: ClientMessage;
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        const syncType = decoding.readVarUint(decoder);
        const payload = readPayload(decoder);
        if (syncType === SyncType.step1) message = { type: 'syncStep1', stateVector: payload };
        else if (syncType === SyncType.step2) message = { type: 'syncStep2', update: payload };
        else if (syncType === SyncType.update) message = { type: 'update', update: payload };
        else throw new MalformedMessageError(`unknown sync message type ${syncType}`);
        break;
      }
      case MessageType.awareness:
        message = { type: 'awareness', update: readPayload(decoder) };
        break;
      case MessageType.queryAwareness:
        message = { type: 'queryAwareness' };
        break;
      default:
        throw new MalformedMessageError(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError('truncated or invalid frame');
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after the message');
  return message;
}

function readPayload(decoder: decoding.Decoder): Uint8Array {
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.length - decoder.pos) throw new MalformedMessageError('length prefix beyond the frame');
  return decoding.readUint8Array(decoder, length);
}
