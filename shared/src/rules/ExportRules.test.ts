import { describe, expect, it } from 'vitest';
import { mayExportDraft } from './ExportRules.ts';

describe('who may download the draft', () => {
  it('mediators and delegates always; observers only while the mediator allows it', () => {
    for (const observersMayExport of [false, true]) {
      expect(mayExportDraft('mediator', { observersMayExport })).toBe(true);
      expect(mayExportDraft('delegate', { observersMayExport })).toBe(true);
      expect(mayExportDraft('observer', { observersMayExport })).toBe(observersMayExport);
    }
  });
});
