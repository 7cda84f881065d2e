import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newPartyId } from '../ids.ts';
import { createPlenaryDocument } from '../schema/createPlenaryDocument.ts';
import { writeLanguages, writeSetting } from '../schema/Meta.ts';
import { plenaryRoots } from '../schema/roots.ts';
import { plenaryWriteContext } from './plenaryWriteContext.ts';

const parties = [{ id: newPartyId(), name: 'Ruritania', color: '#335' }];

describe('the write context of a plenary, kept between updates', () => {
  it('follows a change of settings or languages made locally or by an update', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties });
    const first = plenaryWriteContext(doc);
    expect(first.settings.frozen).toBe(false);
    expect(plenaryWriteContext(doc)).toBe(first);

    writeSetting(plenaryRoots(doc), 'frozen', true);
    expect(plenaryWriteContext(doc).settings.frozen).toBe(true);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(plenaryWriteContext(other).versionLanguages).toEqual([]);
    writeLanguages(plenaryRoots(doc), [
      { tag: 'en', authentic: true },
      { tag: 'fr', authentic: true },
    ]);
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(plenaryWriteContext(other).versionLanguages).toEqual(['fr']);
    expect(plenaryWriteContext(other).settings.frozen).toBe(true);
  });

  it('is new for an observer of meta, even one registered before the context was first built', () => {
    const doc = createPlenaryDocument({ title: 'Talks', parties });
    const roots = plenaryRoots(doc);
    const seen: boolean[] = [];
    roots.meta.observeDeep(() => seen.push(plenaryWriteContext(doc).settings.frozen));
    expect(plenaryWriteContext(doc).settings.frozen).toBe(false);
    writeSetting(roots, 'frozen', true);
    writeSetting(roots, 'frozen', false);
    expect(seen).toEqual([true, false]);
  });
});
