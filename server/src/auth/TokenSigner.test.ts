import { describe, expect, it } from 'vitest';
import { TokenSigner } from './TokenSigner.ts';

describe('TokenSigner', () => {
  const signer = new TokenSigner(Buffer.from('a secret of at least sixteen chars'));
  const claims = { s: 'session1', u: 'user1', r: 'delegate' as const, p: 'pa' };

  it('verifies what it signed', () => {
    expect(signer.verify('participant', signer.sign('participant', claims))).toEqual(claims);
  });

  it('refuses a token of another kind, another secret, or with altered claims', () => {
    const token = signer.sign('participant', claims);
    expect(signer.verify('invite', token)).toBeNull();
    expect(new TokenSigner(Buffer.from('another secret, also long enough')).verify('participant', token)).toBeNull();
    const [kind, , mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, r: 'mediator' })).toString('base64url');
    expect(signer.verify('participant', `${kind}.${forged}.${mac}`)).toBeNull();
  });

  it.each(['', 'participant', 'participant..', 'a.b.c.d', 'participant.!!!.xyz'])('refuses garbage %j', (token) => {
    expect(signer.verify('participant', token)).toBeNull();
  });
});
