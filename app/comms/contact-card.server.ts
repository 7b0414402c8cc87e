// The contact card a coordinator leaves in the citizen's home (Jammerbugt's "little
// card with name, photo and contact details").
//
// Format: an A6 card (105 × 148 mm) printed on A4 with cut marks. Home care and
// coordinators print on ordinary office A4 printers at 100 %; a PDF with an A6 page
// gets scaled, centred or refused by those printers, whereas A4 prints as is. A6 is
// a quarter of A4 – two straight cuts with scissors – and big enough for large type
// an older reader with poor sight can read on the fridge or by the phone; a
// credit-card size would force small print.
import PDFDocument from "pdfkit";
import { formatDanishPhone } from "./suggestion";
import { collectPdf, registerPlexSans } from "./pdf-fonts.server";

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

export async function renderContactCard(card: ContactCardContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    lang: "da-DK",
    displayTitle: true,
    info: { Title: `Kontaktkort – ${card.name}`, Author: card.municipality, Creator: "Fællesskabsbro" },
  });
  registerPlexSans(doc);
  const done = collectPdf(doc);
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
  return done;
}

function drawCard(doc: PDFKit.PDFDocument, card: ContactCardContent) {
  const width = INNER.width;
  doc.fillColor(INK);
  doc.font("semibold").fontSize(16).text("Din faste kontaktperson", INNER.left, CARD.top + PADDING, { width });
  doc.moveDown(0.5);
  if (card.photo) {
    const top = doc.y;
    try {
      doc.image(Buffer.from(card.photo.bytes), INNER.left, top, { fit: [PHOTO.width, PHOTO.height] });
      doc.y = top + PHOTO.height + mm(3);
    } catch {
      // A photo pdfkit cannot decode is left out: the card is still useful without it.
      doc.y = top;
    }
  }
  doc.font("bold").fontSize(22).text(card.name, INNER.left, doc.y, { width });
  doc.moveDown(0.6);
  doc.font("regular").fontSize(14).text("Ring til mig på", { width });
  doc.font("bold").fontSize(28).text(formatDanishPhone(card.phone), { width });
  if (card.hours.trim()) {
    doc.moveDown(0.4);
    doc.font("regular").fontSize(14).text("Jeg træffes", { width });
    doc.font("semibold").fontSize(16).text(card.hours.trim(), { width });
  }
  const footerTop = CARD.top + CARD.height - PADDING - mm(12);
  doc.font("semibold").fontSize(12).text(card.municipality, INNER.left, Math.max(doc.y + mm(4), footerTop), { width });
  if (card.department) doc.font("regular").fontSize(12).text(card.department, { width });
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
