import crypto from 'node:crypto';
import { ID_PATTERN, roleSchema } from '@parley/shared';
import { z } from 'zod';

/**
 * Signed capabilities: `<kind>.<base64url JSON claims>.<base64url HMAC-SHA256>`. An invite token lets
 * its holder join a session in a role; a participant token is one person's identity in a session.
 * The claims are checked against storage on use, so revoking an invite or removing a participant
 * takes effect although the token itself cannot be recalled.
 */
const id = z.string().regex(ID_PATTERN);
export const inviteClaimsSchema = z.object({ s: id, i: id, r: roleSchema, p: id.optional() });
export const participantClaimsSchema = z.object({ s: id, u: id, r: roleSchema, p: id.optional() });
export type InviteClaims = z.infer<typeof inviteClaimsSchema>;
export type ParticipantClaims = z.infer<typeof participantClaimsSchema>;

const KINDS = { invite: inviteClaimsSchema, participant: participantClaimsSchema } as const;
type TokenKind = keyof typeof KINDS;
type ClaimsOf<K extends TokenKind> = z.infer<(typeof KINDS)[K]>;

export class TokenSigner {
  constructor(private readonly secret: Buffer) {}

  sign<K extends TokenKind>(kind: K, claims: ClaimsOf<K>): string {
    const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return `${kind}.${body}.${this.mac(`${kind}.${body}`)}`;
  }

  /** The claims of a well-formed token signed by this server, or null for anything else. */
  verify<K extends TokenKind>(kind: K, token: string): ClaimsOf<K> | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== kind || token.length > 2048) return null;
    const [, body = '', mac = ''] = parts;
    const expected = Buffer.from(this.mac(`${kind}.${body}`), 'utf8');
    const given = Buffer.from(mac, 'utf8');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    const parsed = KINDS[kind].safeParse(json);
    return parsed.success ? (parsed.data as ClaimsOf<K>) : null;
  }

  private mac(data: string): string {
    return crypto.createHmac('sha256', this.secret).update(data).digest('base64url');
  }
}
