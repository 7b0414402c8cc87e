// The suggestion letter for citizens without email: one A4 page, large plain Danish,
// addressed for a window envelope, with a QR code and a short code for the reply page.
import QRCode from "qrcode";
import { type FontName, createPlexDocument } from "./pdf.server";
import {
  answerOptions,
  callUsText,
  contactHoursText,
  deadlineText,
  displayUrl,
  formatDanishDate,
  formatDanishPhone,
  greeting,
  suggestionHeadline,
  suggestionText,
  type SuggestionMessage,
} from "./suggestion";

// ---------------------------------------------------------------------------------
// Geometry. Everything is specified in millimetres because the envelope and the
// product spec are; PDF user space is points.
// ---------------------------------------------------------------------------------

const PT_PER_MM = 72 / 25.4;
const mm = (value: number) => value * PT_PER_MM;

const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { left: mm(22), right: mm(20), top: mm(18), bottom: mm(12) };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/**
 * The window of a C5/C65 window envelope (DS/EN ISO 269 style, as Danish municipal
 * print shops use). The address's first line has its cap height at `top`, so the
 * visible ink starts exactly there; nothing else is printed inside this rectangle.
 */
export const ADDRESS_WINDOW = { left: mm(22), top: mm(47), width: mm(90), height: mm(35) } as const;
const ADDRESS_MAX_LINES = 6;

// The sender column starts clear of the window's right edge (22 + 90 = 112 mm).
const SENDER_COLUMN = { left: mm(125), width: PAGE.width - mm(125) - MARGIN.right };
const BODY_TOP = mm(87);

const QR_SIZE = mm(32);

// IBM Plex Sans metrics (units per em 1000), used to place text by its visible ink.
const PLEX_CAP_HEIGHT = 0.698;
const PLEX_DESCENT = 0.275;

const MIN_SIZE = 12; // nothing on the letter is smaller than 12 pt
const HEADER_SIZE = 12;
const CODE_SIZE = 26;

/**
 * Body text sizes, largest first. A letter uses the largest that fits on one page:
 * ordinary letters get 13.5 pt; only unusually long names, places or hours step
 * down, never below 12 pt. Spacing shrinks in proportion so the page keeps its rhythm.
 */
const BODY_SIZES = [13.5, 13, 12.5, 12] as const;

interface Type {
  body: number;
  heading: number;
  headline: number;
  lineGap: number;
  /** One "blank line" of vertical rhythm. */
  space: number;
}

function typeFor(body: number): Type {
  const k = body / BODY_SIZES[0];
  return { body, heading: body + 1.5, headline: body + 5.5, lineGap: 3.5 * k, space: 21 * k };
}
const INK = "#1a1a1a";
const RULE = "#9a9a9a";

type Doc = PDFKit.PDFDocument;

// ---------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------

/** One suggestion letter as a one-page A4 PDF. */
export function renderSuggestionLetter(msg: SuggestionMessage): Promise<Buffer> {
  return renderSuggestionLetters([msg]);
}

/**
 * Many letters as one PDF for batch printing; every letter starts on a new page so
 * the print shop can fold and insert page by page.
 */
export async function renderSuggestionLetters(msgs: readonly SuggestionMessage[]): Promise<Buffer> {
  const first = msgs[0];
  if (!first) throw new RangeError("renderSuggestionLetters needs at least one letter");

  // QR matrices are computed before the document starts, so an encoding error rejects
  // the promise instead of leaving a half-written stream behind.
  const qrMatrices = msgs.map((msg) => QRCode.create(msg.reply.url, { errorCorrectionLevel: "M" }).modules);

  const { doc, bytes } = createPlexDocument({
    size: [PAGE.width, PAGE.height],
    margins: MARGIN,
    autoFirstPage: false,
    lang: "da-DK",
    displayTitle: true,
    info: {
      Title:
        msgs.length === 1
          ? `${suggestionHeadline(first)} – ${first.sender.municipality}`
          : `Forslag til borgere – ${first.sender.municipality} (${msgs.length} breve)`,
      Author: first.sender.municipality,
      Subject: msgs.length === 1 ? "Forslag fra Fællesskabsbro" : "Breve til udskrivning",
      Creator: "Fællesskabsbro",
    },
  });

  msgs.forEach((msg, i) => {
    doc.addPage();
    drawLetter(doc, msg, qrMatrices[i]!);
  });
  doc.end();
  return bytes;
}

// ---------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------

function drawLetter(doc: Doc, msg: SuggestionMessage, qr: QRCode.BitMatrix) {
  doc.fillColor(INK);
  const senderBottom = drawSender(doc, msg);
  drawAddress(doc, msg);
  // A long municipality or department name can push the sender column down.
  const top = Math.max(BODY_TOP, senderBottom + mm(5));
  const bottom = PAGE.height - MARGIN.bottom;
  const type =
    BODY_SIZES.map(typeFor).find((t) => layoutBody(new Flow(doc, top, false), msg, qr, t) <= bottom) ??
    typeFor(MIN_SIZE);
  layoutBody(new Flow(doc, top, true), msg, qr, type);
}

function setFont(doc: Doc, font: FontName, size: number) {
  return doc.font(font).fontSize(size);
}

/** Draws the top-right column and returns where it ends. */
function drawSender(doc: Doc, msg: SuggestionMessage): number {
  const { left, width } = SENDER_COLUMN;
  const opts = { width, lineGap: 1.5 };
  setFont(doc, "semibold", 14).text(msg.sender.municipality, left, MARGIN.top, opts);
  setFont(doc, "regular", HEADER_SIZE);
  doc.text(msg.sender.department, opts);
  for (const line of msg.sender.addressLines) doc.text(line, opts);

  doc.moveDown(0.8);
  setFont(doc, "semibold", HEADER_SIZE).text("Din kontaktperson", opts);
  setFont(doc, "regular", HEADER_SIZE).text(msg.contact.name, opts);
  doc.text(`Telefon ${noBreak(formatDanishPhone(msg.contact.phone))}`, opts);
  if (msg.contact.hours?.trim()) doc.text(msg.contact.hours.trim(), opts);

  doc.moveDown(0.8);
  doc.text(formatDanishDate(msg.date), opts);
  return doc.y;
}

function drawAddress(doc: Doc, msg: SuggestionMessage) {
  const addressLines = msg.citizen.addressLines.map((line) => line.trim()).filter(Boolean);
  // When there are too many lines, the ones dropped are from the top (c/o, building
  // names): the street and the postcode line at the bottom are what deliver the letter.
  const given = [msg.citizen.fullName.trim(), ...addressLines.slice(-(ADDRESS_MAX_LINES - 1))];
  const width = ADDRESS_WINDOW.width - mm(4);
  const { lines, size } = fitAddress(doc, given, width);
  setFont(doc, "regular", size);

  // Comfortable spacing for the usual three or four lines; tighter only when needed to
  // keep six lines, descenders included, inside the 35 mm window.
  const inkHeight = size * (PLEX_CAP_HEIGHT + PLEX_DESCENT);
  const fitting = lines.length > 1 ? (ADDRESS_WINDOW.height - mm(1) - inkHeight) / (lines.length - 1) : Infinity;
  const lineHeight = Math.min(size * 1.3 + 1, fitting);
  // Placed by baseline so the capitals' tops sit on the window's top edge.
  let baseline = ADDRESS_WINDOW.top + size * PLEX_CAP_HEIGHT;
  for (const line of lines) {
    doc.text(line, ADDRESS_WINDOW.left, baseline, {
      width,
      baseline: "alphabetic",
      lineBreak: false,
      // Whatever still does not fit is cut rather than wrapped, so the block can
      // never grow past six lines or out of the window.
      ellipsis: true,
      height: lineHeight,
    });
    baseline += lineHeight;
  }
}

/**
 * The address lines and their size. A long name or street is first set a little
 * smaller (down to 12 pt). A line too wide even then is broken between words at full
 * size, as long as the block stays within six lines, so nothing of the address is lost
 * ("…, bygning C, 2. sal" matters to the postman). Only when that would make too many
 * lines is what does not fit at 12 pt cut with an ellipsis.
 */
function fitAddress(doc: Doc, lines: string[], width: number): { lines: string[]; size: number } {
  const full = BODY_SIZES[0];
  setFont(doc, "regular", full);
  const widest = Math.max(...lines.map((line) => doc.widthOfString(line)));
  const shrunk = (full * width) / widest;
  if (shrunk >= MIN_SIZE) return { lines, size: Math.min(full, shrunk) };

  const fits = (line: string) => doc.widthOfString(line) <= width;
  const wrapped = lines.flatMap((line) => (fits(line) ? [line] : wrapWords(line, fits)));
  if (wrapped.length <= ADDRESS_MAX_LINES && wrapped.every(fits)) return { lines: wrapped, size: full };
  return { lines, size: MIN_SIZE };
}

/** Greedy word wrap; a single word wider than the window stays one (too wide) line. */
function wrapWords(line: string, fits: (line: string) => boolean): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && !fits(candidate)) {
      out.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Lays out blocks top to bottom. The same code runs twice: once measuring (nothing is
 * written, only heights are added up) to choose the type size, once drawing. One code
 * path means the measurement cannot drift from what is printed.
 */
class Flow {
  constructor(
    readonly doc: Doc,
    public y: number,
    readonly drawing: boolean,
  ) {}

  gap(height: number) {
    this.y += height;
  }

  /** Reserves `height` and, when drawing, paints into it (on a new page if it would not fit). */
  block(height: number, paint: (top: number) => void) {
    if (this.drawing) {
      if (this.y + height > PAGE.height - MARGIN.bottom && this.y > MARGIN.top) {
        this.doc.addPage();
        this.y = MARGIN.top;
      }
      paint(this.y);
    }
    this.y += height;
  }

  /**
   * A paragraph; `runs` of different weights flow on as one text. It is measured in
   * the widest weight used, so the estimate can only err on the generous side.
   */
  text(runs: Array<[FontName, string]>, size: number, opts: { x?: number; width?: number; lineGap?: number } = {}) {
    const x = opts.x ?? MARGIN.left;
    const textOpts = { width: opts.width ?? CONTENT_WIDTH, lineGap: opts.lineGap ?? 0 };
    const widest = runs.some(([font]) => font !== "regular") ? "semibold" : "regular";
    const height = setFont(this.doc, widest, size).heightOfString(runs.map(([, t]) => t).join(""), textOpts);
    this.block(height, (top) => {
      runs.forEach(([font, text], i) => {
        const continued = i < runs.length - 1;
        setFont(this.doc, font, size);
        if (i === 0) this.doc.text(text, x, top, { ...textOpts, continued });
        else this.doc.text(text, { ...textOpts, continued });
      });
    });
  }
}

/** The letter's body; returns where it ends. */
function layoutBody(flow: Flow, msg: SuggestionMessage, qr: QRCode.BitMatrix, type: Type): number {
  const para = { lineGap: type.lineGap };

  flow.text([["semibold", suggestionHeadline(msg)]], type.headline);
  flow.gap(type.space * 0.45);
  flow.text([["regular", greeting(msg)]], type.body, para);
  flow.gap(type.space * 0.35);

  const { sentences, facts } = suggestionText(msg);
  flow.text([["regular", sentences]], type.body, para);
  if (facts.length > 0) {
    flow.gap(type.space * 0.35);
    for (const fact of facts) {
      flow.text(
        [
          ["semibold", `${fact.label}: `],
          ["regular", fact.value],
        ],
        type.body,
        para,
      );
    }
  }

  flow.gap(type.space * 0.8);
  flow.text([["semibold", "Sådan svarer du"]], type.heading);
  flow.gap(type.space * 0.3);
  layoutAnswerOptions(flow, msg, type);

  flow.gap(type.space * 0.35);
  flow.text([["semibold", deadlineText(msg)]], type.body, para);

  flow.gap(type.space * 0.6);
  layoutReplyBox(flow, msg, qr, type);

  flow.gap(type.space * 0.6);
  const phone = formatDanishPhone(msg.contact.phone);
  flow.text([["regular", callUsText(msg).replace(phone, noBreak(phone))]], type.body, para);
  const hours = contactHoursText(msg);
  if (hours) flow.text([["regular", hours]], type.body, para);

  // The sender's name and department are already in the header; the signature is
  // the person, which is what makes a letter from "the municipality" feel human.
  flow.gap(type.space * 0.8);
  flow.text([["regular", "Venlig hilsen"]], type.body, para);
  flow.text([["regular", msg.contact.name.trim()]], type.body, para);
  return flow.y;
}

// A phone number split over two lines is easy to misdial.
function noBreak(text: string): string {
  return text.replace(/ /g, "\u00a0");
}

/** Answer in a left column, what happens next beside it: easy to scan. */
function layoutAnswerOptions(flow: Flow, msg: SuggestionMessage, type: Type) {
  const { doc } = flow;
  const labelWidth = mm(36);
  const textX = MARGIN.left + labelWidth;
  const textOpts = { width: CONTENT_WIDTH - labelWidth, lineGap: type.lineGap };
  for (const option of answerOptions(msg)) {
    const meaning = option.meaning.charAt(0).toLocaleUpperCase("da-DK") + option.meaning.slice(1);
    const height = setFont(doc, "regular", type.body).heightOfString(meaning, textOpts);
    flow.block(height, (top) => {
      setFont(doc, "semibold", type.body).text(option.answer, MARGIN.left, top, { width: labelWidth - mm(3) });
      setFont(doc, "regular", type.body).text(meaning, textX, top, textOpts);
    });
    flow.gap(type.space * 0.2);
  }
}

/** QR code on the left, the typed-code route on the right, framed as one task. */
function layoutReplyBox(flow: Flow, msg: SuggestionMessage, qr: QRCode.BitMatrix, type: Type) {
  const { doc } = flow;
  const padding = mm(4.5);
  const left = MARGIN.left;
  const textX = left + padding + QR_SIZE + mm(8);
  const textWidth = left + CONTENT_WIDTH - padding - textX;
  const para = { width: textWidth, lineGap: 2 };
  const codeOpts = { width: textWidth, characterSpacing: 1.5 };

  // The right-hand column as a small flow of its own, measured first so that a long
  // web address makes the box taller instead of spilling out of it.
  const column = (inner: Flow) => {
    inner.text([["regular", "Scan koden med kameraet på din mobil."]], type.body, { x: textX, ...para });
    inner.gap(type.space * 0.3);
    inner.text(
      [
        ["regular", "Eller gå ind på "],
        ["semibold", displayUrl(msg.reply.codeUrl)],
      ],
      type.body,
      { x: textX, ...para },
    );
    // On its own line so "skriv koden:" sits directly above the code it refers to.
    inner.text([["regular", "og skriv koden:"]], type.body, { x: textX, ...para });
    inner.gap(2);
    const codeHeight = setFont(doc, "bold", CODE_SIZE).heightOfString(msg.reply.shortCode, codeOpts);
    inner.block(codeHeight, (top) => setFont(doc, "bold", CODE_SIZE).text(msg.reply.shortCode, textX, top, codeOpts));
    return inner.y;
  };
  const columnHeight = column(new Flow(doc, 0, false));
  const boxHeight = Math.max(QR_SIZE, columnHeight) + 2 * padding;

  flow.block(boxHeight, (top) => {
    doc.save().lineWidth(1).strokeColor(RULE).roundedRect(left, top, CONTENT_WIDTH, boxHeight, mm(2)).stroke().restore();
    drawQr(doc, qr, left + padding, top + padding, QR_SIZE);
    column(new Flow(doc, top + padding - 2, true));
  });
}

/**
 * The QR code as vector rectangles rather than an embedded bitmap: it prints sharp at
 * any resolution and stays tiny. Dark modules in a row are merged into one rectangle
 * so no hairline seams appear between neighbours.
 */
function drawQr(doc: Doc, matrix: QRCode.BitMatrix, x: number, y: number, size: number) {
  const n = matrix.size;
  const module = size / n;
  doc.save().fillColor("#000000");
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!matrix.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && matrix.get(row, col)) col++;
      doc.rect(x + start * module, y + row * module, (col - start) * module, module);
    }
  }
  doc.fill().restore();
}
