import type { Participant, ParticipantId } from '@parley/shared';
import {
  appendParagraph,
  BRACKET_MARK,
  buildClauseVersionRecord,
  clauseOptions,
  clauseRecord,
  clauseVersionRecord,
  createClauseOption,
  ensureClauseVersions,
  INSERTION_MARK,
  insertClause,
  plenaryRoots,
  writeLanguages,
  writeLanguagesInParallel,
  writeSetting,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { admit, clientOf, PARTY_A, PEOPLE, serverDocument, updateOf } from './gateTestKit.ts';

const TRANSLATOR: Participant = {
  participantId: 'utranslator' as ParticipantId,
  role: 'languageServices',
  name: 'Translator',
};

/**
 * The gate kit's server document in English and Russian: every clause has its Russian version (as
 * the server creates it), the open clause an option, and its Russian body "Открытый текст" with
 * "Открытый" bracketed by party A, as a translator would carry the original's bracket over.
 */
function bilingual(options: { inParallel?: boolean } = {}) {
  const s = serverDocument();
  s.doc.transact(() => {
    writeLanguages(s.roots, [
      { tag: 'en', authentic: true },
      { tag: 'ru', authentic: true },
    ]);
    if (options.inParallel) writeLanguagesInParallel(s.roots, true);
    const record = clauseRecord(s.roots, s.open);
    if (record) clauseOptions(record).push([createClauseOption('Option 1').record]);
    for (const clause of s.roots.clauses.values()) ensureClauseVersions(clause as Y.Map<unknown>, ['ru']);
    const body = russianOf(s.doc, s.open).body;
    appendParagraph(body, 'Открытый текст');
    lineOf(body).format(0, 8, { [BRACKET_MARK]: { holder: PARTY_A, reason: 'substance', note: null } });
  });
  return s;
}

type Server = ReturnType<typeof bilingual>;

function recordOf(doc: Y.Doc, id: string): Y.Map<unknown> {
  const record = clauseRecord(plenaryRoots(doc), id as never);
  if (!record) throw new Error('no clause');
  return record;
}

function russianOf(doc: Y.Doc, id: string) {
  const version = clauseVersionRecord(recordOf(doc, id), 'ru');
  if (!version) throw new Error('no Russian version');
  return {
    version,
    heading: version.get('heading') as Y.Text,
    body: version.get('body') as Y.XmlFragment,
    options: version.get('options') as Y.Map<Y.XmlFragment>,
  };
}

function lineOf(body: Y.XmlFragment): Y.XmlText {
  const paragraph = body.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

/** What `who` sends when their copy of the server's document makes `change`, and the gate's answer. */
function attempt(s: Server, who: Participant, change: (copy: Y.Doc) => void) {
  const copy = clientOf(s.doc);
  return admit(
    s,
    who,
    updateOf(copy, () => change(copy)),
  );
}

const refusedFor = (reason: string) => ({ ok: false, reason: expect.stringContaining(reason) });

describe('language versions at the gate', () => {
  it('language services write a version’s heading, body and option bodies, the bracketed words included', () => {
    const s = bilingual();
    expect(
      attempt(s, TRANSLATOR, (copy) => {
        const russian = russianOf(copy, s.open);
        russian.heading.insert(0, 'Открытый пункт');
        lineOf(russian.body).insert(0, 'Весь ');
        const optionBody = [...russian.options.values()][0];
        if (!optionBody) throw new Error('no option body');
        appendParagraph(optionBody, 'Вариант');
      }),
    ).toMatchObject({ ok: true, clauseTexts: [], clauseVersions: [{ clauseId: s.open, language: 'ru' }] });
    // Inside party A's bracket: translating the bracketed words is language services' work.
    expect(attempt(s, TRANSLATOR, (copy) => lineOf(russianOf(copy, s.open).body).insert(7, 'й'))).toMatchObject({
      ok: true,
    });
    expect(russianOf(s.doc, s.open).heading.toString()).toBe('Открытый пункт');
    // A lock holds delegates back, not the translation.
    expect(attempt(s, TRANSLATOR, (copy) => appendParagraph(russianOf(copy, s.locked).body, 'Перевод'))).toMatchObject({
      ok: true,
    });
  });

  it('language services write nothing else: the original, an agreed clause’s version, the record’s structure', () => {
    const s = bilingual();
    expect(
      attempt(s, TRANSLATOR, (copy) => appendParagraph(recordOf(copy, s.open).get('body') as Y.XmlFragment, 'x')),
    ).toMatchObject(refusedFor('read-only for language services'));
    expect(attempt(s, TRANSLATOR, (copy) => appendParagraph(russianOf(copy, s.agreed).body, 'Перевод'))).toMatchObject(
      refusedFor('read-only for everyone'),
    );
    expect(
      attempt(s, TRANSLATOR, (copy) => (recordOf(copy, s.open).get('alignments') as Y.Map<unknown>).set('ru', {})),
    ).toMatchObject(refusedFor('moderation commands only'));
    expect(attempt(s, TRANSLATOR, (copy) => plenaryRoots(copy).meta.set('title', 'x'))).toMatchObject({ ok: false });
  });

  it('version records, their fields and option bodies are the server’s to create; content keeps its kind', () => {
    const s = bilingual();
    const serverOnly = refusedFor('created by the server');
    const versions = (copy: Y.Doc) => recordOf(copy, s.open).get('versions') as Y.Map<Y.Map<unknown>>;
    expect(attempt(s, PEOPLE.mediator, (copy) => versions(copy).set('fr', buildClauseVersionRecord([])))).toMatchObject(
      serverOnly,
    );
    expect(attempt(s, PEOPLE.mediator, (copy) => versions(copy).delete('ru'))).toMatchObject(serverOnly);
    expect(
      attempt(s, PEOPLE.mediator, (copy) => russianOf(copy, s.open).version.set('heading', new Y.Text())),
    ).toMatchObject(serverOnly);
    expect(attempt(s, PEOPLE.mediator, (copy) => russianOf(copy, s.open).version.set('notes', 'x'))).toMatchObject(
      refusedFor('unknown version field'),
    );
    expect(
      attempt(s, PEOPLE.mediator, (copy) => russianOf(copy, s.open).options.set('o1234567', new Y.XmlFragment())),
    ).toMatchObject(serverOnly);
    // A heading holds plain words, a body blocks of rich text.
    expect(
      attempt(s, PEOPLE.mediator, (copy) => russianOf(copy, s.open).heading.insertEmbed(0, { image: 'x' })),
    ).toMatchObject(refusedFor('plain text only'));
    expect(
      attempt(s, PEOPLE.mediator, (copy) => russianOf(copy, s.open).body.push([new Y.Map() as never])),
    ).toMatchObject({ ok: false });
    expect(
      attempt(s, PEOPLE.mediator, (copy) => russianOf(copy, s.open).body.push([new Y.XmlElement('script')])),
    ).toMatchObject({ ok: false });
    // The record itself: the versions map is never replaced or removed.
    expect(attempt(s, PEOPLE.mediator, (copy) => recordOf(copy, s.open).set('versions', new Y.Map()))).toMatchObject({
      ok: false,
    });
    expect(attempt(s, PEOPLE.mediator, (copy) => recordOf(copy, s.open).delete('versions'))).toMatchObject({
      ok: false,
    });
  });

  it('a new clause carries empty versions and alignments, and nothing in them', () => {
    const s = bilingual();
    expect(
      attempt(s, PEOPLE.mediator, (copy) => insertClause(plenaryRoots(copy), { kind: 'operative', text: 'New.' })),
    ).toMatchObject({ ok: true });
    expect(
      attempt(s, PEOPLE.mediator, (copy) => {
        const id = insertClause(plenaryRoots(copy), { kind: 'operative', text: 'New.' });
        (recordOf(copy, id).get('versions') as Y.Map<unknown>).set('ru', buildClauseVersionRecord([]));
      }),
    ).toMatchObject(refusedFor('created by the server'));
    expect(
      attempt(s, PEOPLE.mediator, (copy) => {
        const id = insertClause(plenaryRoots(copy), { kind: 'operative', text: 'New.' });
        (recordOf(copy, id).get('alignments') as Y.Map<unknown>).set('ru', 'forged');
      }),
    ).toMatchObject(refusedFor('alignments are recorded by the server'));
  });

  it('delegates read the versions in the usual mode', () => {
    const s = bilingual();
    expect(
      attempt(s, PEOPLE.delegateA, (copy) => appendParagraph(russianOf(copy, s.open).body, 'Слова')),
    ).toMatchObject(refusedFor('follow the language of negotiation'));
    expect(attempt(s, PEOPLE.observer, (copy) => appendParagraph(russianOf(copy, s.open).body, 'Слова'))).toMatchObject(
      refusedFor('read-only for observers'),
    );
  });

  it('in parallel, delegates write a version under the original’s rules: brackets and suggestions', () => {
    const s = bilingual({ inParallel: true });
    expect(
      attempt(s, PEOPLE.delegateB, (copy) => appendParagraph(russianOf(copy, s.open).body, 'Слова Б')),
    ).toMatchObject({ ok: true });
    // Inside party A's bracket: only A (or the mediator) changes those words, in Russian too.
    expect(attempt(s, PEOPLE.delegateB, (copy) => lineOf(russianOf(copy, s.open).body).insert(3, 'x'))).toMatchObject(
      refusedFor('bracketed by A'),
    );
    expect(attempt(s, PEOPLE.delegateA, (copy) => lineOf(russianOf(copy, s.open).body).insert(3, 'x'))).toMatchObject({
      ok: true,
    });
    expect(
      attempt(s, PEOPLE.delegateA, (copy) => appendParagraph(russianOf(copy, s.locked).body, 'Слова')),
    ).toMatchObject(refusedFor('locked'));

    // A refused update leaves the kit a restored copy: its roots are read anew.
    s.doc.transact(() => writeSetting(plenaryRoots(s.doc), 'editMode', 'suggest'));
    const words = (copy: Y.Doc) => lineOf(russianOf(copy, s.open).body);
    const end = () => words(s.doc).length;
    expect(attempt(s, PEOPLE.delegateB, (copy) => words(copy).insert(end(), ' прямо'))).toMatchObject(
      refusedFor('suggesting mode'),
    );
    expect(
      attempt(s, PEOPLE.delegateB, (copy) =>
        words(copy).insert(end(), ' предложено', {
          [INSERTION_MARK]: { id: 'sru1', by: PEOPLE.delegateB.participantId, party: PEOPLE.delegateB.partyId, at: 1 },
        }),
      ),
    ).toMatchObject({ ok: true });
    // Language services never suggest, and leave a delegate's suggestion as it is.
    expect(attempt(s, TRANSLATOR, (copy) => words(copy).insert(0, 'Итак, '))).toMatchObject({ ok: true });
    expect(
      attempt(s, TRANSLATOR, (copy) => {
        const text = words(copy);
        const plain = (text.toDelta() as { insert: string }[]).map((op) => op.insert).join('');
        text.delete(plain.indexOf('предложено'), 4);
      }),
    ).toMatchObject(refusedFor('someone else’s'));
  });
});
