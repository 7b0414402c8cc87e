// The purpose sheet for home care: one A4 page in large plain Danish that the
// coordinator prints so home-care staff know what the citizen's escort clips are for.
import { formatDanishPhone } from "./suggestion";
import { type FontName, createPlexDocument } from "./pdf.server";

export interface ClipPurposeSheet {
  municipality: string;
  department: string;
  citizen: { fullName: string; addressLines: string[] };
  /** E.g. "2 klip om ugen à 30 minutter". */
  clips: string;
  /** E.g. "25. november 2026 – 20. december 2026". */
  valid: string;
  purpose: string;
  contact: { name: string; phone: string };
}

const PT_PER_MM = 72 / 25.4;
const MARGIN = 22 * PT_PER_MM;
const BODY = 14; // larger than a letter: read standing in a hallway, often in a hurry
const INK = "#1a1a1a";

export function renderClipPurpose(sheet: ClipPurposeSheet): Promise<Buffer> {
  const { doc, bytes } = createPlexDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    lang: "da-DK",
    displayTitle: true,
    info: {
      Title: `Ledsagelse med klippekort – ${sheet.citizen.fullName}`,
      Author: sheet.municipality,
      Subject: "Formålsbeskrivelse til hjemmeplejen",
      Creator: "Fællesskabsbro",
    },
  });
  const write = (font: FontName, size: number, text: string, gapAfter = 0.3) => {
    doc.font(font).fontSize(size).fillColor(INK).text(text, { lineGap: 3 });
    doc.moveDown(gapAfter);
  };

  write("semibold", 12, `${sheet.municipality} · ${sheet.department}`, 1.2);
  write("bold", 24, "Ledsagelse med klippekort", 0.8);
  write("semibold", BODY + 2, sheet.citizen.fullName, 0.1);
  for (const line of sheet.citizen.addressLines) write("regular", BODY, line, 0.1);
  doc.moveDown(1);

  write("semibold", BODY + 2, "Bevilling", 0.2);
  write("regular", BODY, sheet.clips, 0.1);
  write("regular", BODY, `Gyldig: ${sheet.valid}`, 1);

  write("semibold", BODY + 2, "Hvad klippene skal bruges til", 0.2);
  write("regular", BODY, sheet.purpose, 1);

  write("semibold", BODY + 2, "Kontaktperson", 0.2);
  write("regular", BODY, sheet.contact.name, 0.1);
  write("regular", BODY, `Telefon ${formatDanishPhone(sheet.contact.phone).replace(/ /g, "\u00a0")}`, 1.2);

  write("bold", BODY + 2, "Registrér brugte klip hos fællesskabskoordinatoren", 0.2);
  write("regular", BODY, "Oplys dato, antal minutter, dit navn og hvad ledsagelsen var til.");
  doc.end();
  return bytes;
}
