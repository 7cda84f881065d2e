import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

/**
 * A zero draft as a mediator brings it, written with the `docx` package: a title, two preamble
 * paragraphs, three operative paragraphs in Word's list numbering, some bold and italic, and one
 * passage in square brackets. Unit, HTTP and browser tests all import this same file.
 */
export const ZERO_DRAFT = {
  title: 'Agreement on the Northern Waters',
  preamble: ['Recalling the 1998 accord on shared fisheries,', 'Recognising the need for a lasting settlement,'],
  operative: [
    'The Parties shall establish a joint commission.',
    'The commission shall meet at least twice a year in either capital.',
    'This agreement enters into force on signature.',
  ],
  bracketed: 'at least twice a year',
} as const;

export async function zeroDraftDocx(): Promise<Buffer> {
  const numbered = { reference: 'operative', level: 0 };
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'operative',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: ZERO_DRAFT.title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Recalling', italics: true }),
              new TextRun(' the 1998 accord on shared fisheries,'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun({ text: 'Recognising', italics: true }),
              new TextRun(' the need for a lasting settlement,'),
            ],
          }),
          new Paragraph({
            numbering: numbered,
            children: [
              new TextRun('The Parties '),
              new TextRun({ text: 'shall', bold: true }),
              new TextRun(' establish a joint commission.'),
            ],
          }),
          new Paragraph({
            numbering: numbered,
            children: [
              new TextRun('The commission shall meet [at least twice a year] in '),
              new TextRun({ text: 'either capital', italics: true }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ numbering: numbered, children: [new TextRun(ZERO_DRAFT.operative[2])] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
