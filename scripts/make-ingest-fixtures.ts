/**
 * Regenerates the binary ingest fixtures in test/fixtures/ingest/: a two-page PDF with running
 * headers, page numbers, superscript markers, page-bottom footnotes and a sentence cut by the
 * page break; a DOCX with footnotes; and the bad inputs. Run: npx tsx scripts/make-ingest-fixtures.ts
 * The markdown, text and HTML fixtures are written by hand beside them.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'ingest');

type Piece = string | { note: number };

interface PdfPageSpec {
  heading?: string;
  paragraphs: Piece[][];
  footnotes: { number: number; text: string }[];
}

const PDF_TITLE = 'The European Union and Ukraine, 2013–2024';
const PDF_PAGES: PdfPageSpec[] = [
  {
    heading: PDF_TITLE,
    paragraphs: [
      [
        'In November 2013 the government of Viktor Yanukovych suspended preparations to sign an Association Agreement with the EU, days before the Vilnius summit.',
        { note: 1 },
        ' Protests in Kyiv followed, and Yanukovych left the country in February 2014.',
      ],
      [
        'The new government signed the political chapters of the agreement on March 21, 2014, and President Petro Poroshenko signed its economic part on June 27, 2014.',
        { note: 2 },
        ' A free trade area was then applied provisionally from January 1, 2016, and Ukrainians gained visa-free travel to the Schengen area in June 2017.',
      ],
      [
        'After Russia invaded in February 2022, Kyiv applied for membership, and relations between the European Union and',
      ],
    ],
    footnotes: [
      {
        number: 1,
        text: 'Council of the European Union, "Eastern Partnership summit, Vilnius," November 28-29, 2013.',
      },
      {
        number: 2,
        text: 'European Commission, "EU-Ukraine Association Agreement," June 27, 2014, https://ec.europa.eu/trade/policy/countries-and-regions/countries/ukraine/.',
      },
    ],
  },
  {
    paragraphs: [
      [
        'Ukraine moved faster than in the previous two decades. The European Council granted candidate status on June 23, 2022.',
        { note: 3 },
        ' Accession negotiations opened at an intergovernmental conference in Luxembourg on June 25, 2024, after leaders had agreed a 50 billion euro support facility in February 2024.',
      ],
      [
        'The EU also trained Ukrainian soldiers and financed arms deliveries, which Moscow called hostile acts.',
      ],
    ],
    footnotes: [
      { number: 3, text: 'European Council, "Conclusions on Ukraine, Moldova and Georgia," June 23, 2022.' },
    ],
  },
];

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 72;
const BODY_SIZE = 11;
const LINE = 15;

async function makePdf(): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(PDF_TITLE);
  pdf.setAuthor('Entente test fixtures');
  pdf.setCreationDate(new Date('2024-07-01T00:00:00Z'));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  PDF_PAGES.forEach((spec, pageIndex) => {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    page.drawText('EU-Ukraine Relations: A Short Brief', { x: MARGIN, y: PAGE_HEIGHT - 40, size: 9, font });
    let y = PAGE_HEIGHT - 90;
    if (spec.heading) {
      page.drawText(spec.heading, { x: MARGIN, y, size: 16, font: bold });
      y -= 30;
    }
    for (const paragraph of spec.paragraphs) {
      y = drawParagraph(page, font, paragraph, y) - 8;
    }
    let fy = 60 + spec.footnotes.length * 12;
    page.drawLine({
      start: { x: MARGIN, y: fy + 12 },
      end: { x: MARGIN + 150, y: fy + 12 },
      thickness: 0.5,
      color: rgb(0, 0, 0),
    });
    for (const note of spec.footnotes) {
      page.drawText(`${note.number} ${note.text}`, { x: MARGIN, y: fy, size: 7, font });
      fy -= 12;
    }
    const label = String(pageIndex + 1);
    page.drawText(label, { x: PAGE_WIDTH / 2 - font.widthOfTextAtSize(label, 9) / 2, y: 30, size: 9, font });
  });
  writeFileSync(join(OUT, 'eu-ukraine-brief.pdf'), await pdf.save({ useObjectStreams: false }));
}

/** lays words out line by line; each run of words between superscripts is one text item */
function drawParagraph(page: PDFPage, font: PDFFont, pieces: Piece[], top: number): number {
  const words: { text: string; note?: number }[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      for (const w of piece.split(/\s+/).filter(Boolean)) words.push({ text: w });
    } else if (words.length > 0) words[words.length - 1].note = piece.note;
  }
  let x = MARGIN;
  let y = top;
  let run = '';
  let runX = MARGIN;
  const flush = () => {
    if (run) page.drawText(run, { x: runX, y, size: BODY_SIZE, font });
    runX = x;
    run = '';
  };
  for (const word of words) {
    const piece = (run ? ' ' : '') + word.text;
    const w = font.widthOfTextAtSize(piece, BODY_SIZE);
    const noteWidth = word.note ? font.widthOfTextAtSize(String(word.note), 7) : 0;
    if (x + w + noteWidth > PAGE_WIDTH - MARGIN) {
      flush();
      y -= LINE;
      x = MARGIN;
      runX = MARGIN;
      run = word.text;
      x += font.widthOfTextAtSize(word.text, BODY_SIZE);
    } else {
      if (!run) runX = x + (x > MARGIN ? font.widthOfTextAtSize(' ', BODY_SIZE) : 0);
      run += run ? piece : word.text;
      x = runX + font.widthOfTextAtSize(run, BODY_SIZE);
    }
    if (word.note) {
      flush();
      page.drawText(String(word.note), { x, y: y + 4, size: 7, font });
      x += noteWidth;
      runX = x;
    }
  }
  flush();
  return y - LINE;
}

async function makeDocx(): Promise<void> {
  const doc = new Document({
    title: 'China and Russia: A Partnership with Limits',
    creator: 'Entente test fixtures',
    description: 'fixture',
    footnotes: {
      1: {
        children: [
          new Paragraph(
            "Joint Statement of the Russian Federation and the People's Republic of China, Beijing, February 4, 2022.",
          ),
        ],
      },
      2: {
        children: [
          new Paragraph(
            'Gazprom, "Power of Siberia starts operating," December 2, 2019, https://www.gazprom.com/press/news/2019/december/article495093/.',
          ),
        ],
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'China and Russia: A Partnership with Limits', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun(
                'Beijing and Moscow signed the Treaty of Good-Neighborliness and Friendly Cooperation on July 16, 2001. ',
              ),
              new TextRun(
                'In May 2014 Gazprom and CNPC agreed a 30-year gas contract worth about $400 billion.',
              ),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('Gas began flowing through the Power of Siberia pipeline on December 2, 2019.'),
              new FootnoteReferenceRun(2),
              new TextRun(
                ' On February 4, 2022, Presidents Xi Jinping and Vladimir Putin declared that their friendship had "no limits."',
              ),
              new FootnoteReferenceRun(1),
              new TextRun(' Three weeks later Russian troops entered Ukraine.'),
            ],
          }),
          new Paragraph({ text: 'Since 2022', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            text: 'Xi made a state visit to Moscow from March 20 to 22, 2023.',
            bullet: { level: 0 },
          }),
          new Paragraph({
            text: 'Chinese exports of machine tools and electronics to Russia rose sharply.',
            bullet: { level: 0 },
          }),
          new Paragraph({
            children: [
              new TextRun('Still, Beijing has not recognised the annexation of Crimea, and '),
              new TextRun({ text: 'Dr. Alexander Gabuev', italics: true }),
              new TextRun(' of the Carnegie Endowment describes the relationship as asymmetric.'),
            ],
          }),
        ],
      },
    ],
  });
  writeFileSync(join(OUT, 'china-russia-partnership.docx'), await Packer.toBuffer(doc));
}

function makeBadInputs(): void {
  writeFileSync(join(OUT, 'bad-empty.md'), '');
  writeFileSync(join(OUT, 'bad-blank.txt'), '  \n\n\t\n');
  const binary = Buffer.alloc(512);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 37 + 11) % 256;
  writeFileSync(join(OUT, 'bad-binary.md'), binary);
  writeFileSync(
    join(OUT, 'bad-invalid-utf8.md'),
    Buffer.concat([
      Buffer.from('Ankara and Moscow agreed. Caf'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' closed.\n'),
    ]),
  );
  writeFileSync(
    join(OUT, 'bad-corrupt.pdf'),
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nthis is not a pdf body\n%%EOF\n'),
  );
  writeFileSync(join(OUT, 'bad-not-docx.docx'), Buffer.from('504b0304140000000000', 'hex'));
  writeFileSync(
    join(OUT, 'bad-zip-not-docx.docx'),
    storedZip('readme.txt', 'A ZIP archive, but not a Word document.\n'),
  );
}

/** a one-entry ZIP without compression: enough to test that a ZIP is not taken for a DOCX */
function storedZip(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const fileName = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const localSize = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

await makePdf();
await makeDocx();
makeBadInputs();
console.log(`fixtures written to ${OUT}`);
