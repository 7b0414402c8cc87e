// The contact card a coordinator leaves in the citizen's home (Jammerbugt's "little
// card with name, photo and contact details").
//
// Format: an A6 card (105 × 148 mm) printed on A4 with cut marks. Home care and
// coordinators print on ordinary office A4 printers at 100 %; a PDF with an A6 page
// gets scaled, centred or refused by those printers, whereas A4 prints as is. A6 is
// a quarter of A4 – two straight cuts with scissors – and big enough for large type
// an older reader with poor sight can read on the fridge or by the phone; a
// credit-card size would force small print.
import { formatDanishPhone } from "./suggestion";
import { type FontName, createPlexDocument } from "./pdf.server";

export interface ContactCardContent {
  name: string;
  phone: string;
  hours: string;
  photo: { bytes: Uint8Array; type: "image/jpeg" | "image/png" } | null;
  municipality: string;
  department: string;
}

const mm = (value: number) => (value * 72) / 25.4;

const PAGE = { width: mm(210), height: mm(297) };
const CARD = { left: mm(52.5), top: mm(20), width: mm(105), height: mm(148) };
const PADDING = mm(8);
const INNER = { left: CARD.left + PADDING, width: CARD.width - 2 * PADDING };
const PHOTO = { width: mm(30), height: mm(38) };
const CUT_MARK = { gap: mm(2), length: mm(6) };
const INK = "#1a1a1a";
/** Type sizes relative to the largest; 0.75 still prints the phone number at 21 pt. */
const TYPE_SCALES = [1, 0.9, 0.8, 0.75] as const;

export async function renderContactCard(card: ContactCardContent): Promise<Buffer> {
  const { doc, bytes } = createPlexDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    lang: "da-DK",
    displayTitle: true,
    info: { Title: `Kontaktkort – ${card.name}`, Author: card.municipality, Creator: "Fællesskabsbro" },
  });
  drawCutMarks(doc);
  drawCard(doc, card);
  doc
    .font("regular")
    .fontSize(11)
    .fillColor(INK)
    .text("Klip kortet ud langs mærkerne i hjørnerne.", INNER.left, CARD.top + CARD.height + mm(10), {
      width: INNER.width,
      align: "center",
    });
  doc.end();
  return bytes;
}

interface Block {
  font: FontName;
  size: number;
  text: string;
  /** Space after the block, in multiples of its own size. */
  after: number;
}

function bodyBlocks(card: ContactCardContent, k: number): Block[] {
  const blocks: Block[] = [
    { font: "bold", size: 22 * k, text: card.name, after: 0.6 },
    { font: "regular", size: 14 * k, text: "Ring til mig på", after: 0 },
    { font: "bold", size: 28 * k, text: formatDanishPhone(card.phone), after: 0.4 },
  ];
  if (card.hours.trim()) {
    blocks.push(
      { font: "regular", size: 14 * k, text: "Jeg træffes", after: 0 },
      { font: "semibold", size: 16 * k, text: card.hours.trim(), after: 0 },
    );
  }
  return blocks;
}

const HEADING: Block = { font: "semibold", size: 16, text: "Din faste kontaktperson", after: 0.5 };

function footerBlocks(card: ContactCardContent): Block[] {
  return [
    { font: "semibold", size: 12, text: card.municipality, after: 0 },
    { font: "regular", size: 12, text: card.department, after: 0 },
  ].filter((b): b is Block => b.text !== "");
}

function heightOf(doc: PDFKit.PDFDocument, blocks: Block[]): number {
  return blocks.reduce((sum, b) => {
    doc.font(b.font).fontSize(b.size);
    return sum + doc.heightOfString(b.text, { width: INNER.width }) + b.after * b.size;
  }, 0);
}

function drawBlocks(doc: PDFKit.PDFDocument, blocks: Block[], top: number): number {
  let y = top;
  for (const b of blocks) {
    doc.font(b.font).fontSize(b.size).text(b.text, INNER.left, y, { width: INNER.width });
    y = doc.y + b.after * b.size;
  }
  return y;
}

/**
 * Large type first; long names or hours step the type down, and as a last resort the
 * photo is left out, so nothing is ever printed outside the lines the card is cut along.
 */
function drawCard(doc: PDFKit.PDFDocument, card: ContactCardContent) {
  doc.fillColor(INK);
  const footer = footerBlocks(card);
  const footerHeight = heightOf(doc, footer);
  const bodyTop = CARD.top + PADDING + heightOf(doc, [HEADING]);
  const room = CARD.height - 2 * PADDING - heightOf(doc, [HEADING]) - footerHeight - mm(3);
  const photoHeight = PHOTO.height + mm(3);
  const layouts = [true, false].flatMap((withPhoto) =>
    TYPE_SCALES.map((k) => ({ withPhoto: withPhoto && card.photo !== null, k })),
  );
  const fits = (l: { withPhoto: boolean; k: number }) =>
    (l.withPhoto ? photoHeight : 0) + heightOf(doc, bodyBlocks(card, l.k)) <= room;
  const layout = layouts.find(fits) ?? layouts[layouts.length - 1]!;

  drawBlocks(doc, [HEADING], CARD.top + PADDING);
  let y = bodyTop;
  if (layout.withPhoto && card.photo) {
    try {
      doc.image(Buffer.from(card.photo.bytes), INNER.left, y, { fit: [PHOTO.width, PHOTO.height] });
      y += photoHeight;
    } catch {
      // A photo pdfkit cannot decode is left out: the card is still useful without it.
    }
  }
  drawBlocks(doc, bodyBlocks(card, layout.k), y);
  drawBlocks(doc, footer, CARD.top + CARD.height - PADDING - footerHeight);
}

/** Short lines outside each corner, in line with the card's edges, so a cut never shows ink. */
function drawCutMarks(doc: PDFKit.PDFDocument) {
  const { gap, length } = CUT_MARK;
  const right = CARD.left + CARD.width;
  const bottom = CARD.top + CARD.height;
  doc.lineWidth(0.5).strokeColor(INK);
  for (const [x, dx] of [
    [CARD.left, -1],
    [right, 1],
  ] as const) {
    for (const [y, dy] of [
      [CARD.top, -1],
      [bottom, 1],
    ] as const) {
      doc.moveTo(x + dx * gap, y).lineTo(x + dx * (gap + length), y).stroke();
      doc.moveTo(x, y + dy * gap).lineTo(x, y + dy * (gap + length)).stroke();
    }
  }
}
