import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_SETTINGS } from '../schema/SessionSettings.ts';
import { mayReadRevisions } from './RevisionAccess.ts';

describe('who may download the text and see its revisions', () => {
  const allowed = { ...DEFAULT_SESSION_SETTINGS, observersMayExport: true };

  it('mediators and delegates always', () => {
    for (const settings of [DEFAULT_SESSION_SETTINGS, allowed]) {
      expect(mayReadRevisions('mediator', settings)).toBe(true);
      expect(mayReadRevisions('delegate', settings)).toBe(true);
    }
  });

  it('observers and language services only while the mediator allows it', () => {
    for (const role of ['observer', 'languageServices'] as const) {
      expect(mayReadRevisions(role, DEFAULT_SESSION_SETTINGS)).toBe(false);
      expect(mayReadRevisions(role, allowed)).toBe(true);
    }
  });
});
