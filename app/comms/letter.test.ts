import { createCanvas } from "@napi-rs/canvas";
import jsQR from "jsqr";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { describe, expect, it } from "vitest";
import { renderSuggestionLetter, renderSuggestionLetters } from "./letter.server";
import { formatDanishDate, formatDanishPhone, type SuggestionMessage } from "./suggestion";

// These tests read the PDF the way a printer and a reader would: text with its real
// position and size, and the rendered page scanned for the QR code.

const volunteerLetter: SuggestionMessage = {
  citizen: {
    firstName: "Karen",
    fullName: "Karen Østergaard Mikkelsen",
    addressLines: ["Søndergårdsvej 14, 1. th.", "7800 Skive"],
  },
  sender: { municipality: "Demo Kommune", department: "Ældre og Sundhed", addressLines: ["Torvegade 3", "7800 Skive"] },
  contact: { name: "Hanne Jensen", phone: "97102041", hours: "Mandag–fredag kl. 9.00–12.00" },
  suggestion: {
    kind: "volunteer",
    volunteerFirstName: "Birthe",
    associationName: "Ældre Sagen Demo",
    interests: ["Havearbejde", "gåture", "kortspil"],
  },
  reply: {
    url: "https://faellesskabsbro.demo.dk/svar/q3N8xZk2LmP0vR7tYw4AbC9dEf",
    shortCode: "K7MQ-4PXA",
    codeUrl: "https://faellesskabsbro.demo.dk/svar",
    expiresOn: new Date("2026-12-07T22:59:00Z"),
  },
  date: new Date("2026-11-23T09:00:00Z"),
};

const activityLetter: SuggestionMessage = {
  ...volunteerLetter,
  citizen: { firstName: "Ove", fullName: "Ove Æbelø", addressLines: ["Ågade 3", "7790 Thyholm"] },
  suggestion: {
    kind: "activity",
    title: "Strikkecafé",
    associationName: "Ældre Sagen Demo",
    when: "tirsdage kl. 10.00–12.00",
    place: "Skive Bibliotek, Nørregade 5, 7800 Skive",
  },
};

const PT_TO_MM = 25.4 / 72;
const PLEX_CAP_HEIGHT = 0.698;
const PLEX_DESCENT = 0.275;

// The envelope window as the product spec states it.
const WINDOW = { left: 22, top: 47, right: 22 + 90, bottom: 47 + 35 };

interface PlacedText {
  str: string;
  leftMm: number;
  baselineMm: number; // from the top of the page
  capTopMm: number; // where the visible ink of capitals starts
  bottomMm: number; // where descenders end
  sizePt: number;
  widthMm: number;
}

async function openPdf(pdf: Buffer) {
  // pdfjs takes ownership of the bytes, so give it a copy.
  return getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
}

async function readPage(pdf: Buffer, pageNumber = 1) {
  const doc = await openPdf(pdf);
  const page = await doc.getPage(pageNumber);
  const { height } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.filter((item): item is TextItem => "str" in item && item.str.trim() !== "");
  const placed: PlacedText[] = items.map((item) => {
    const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
    const sizePt = Math.hypot(a, b);
    const baselineMm = (height - f) * PT_TO_MM;
    return {
      str: item.str.replace(/\u00a0/g, " "),
      leftMm: e * PT_TO_MM,
      baselineMm,
      capTopMm: baselineMm - sizePt * PLEX_CAP_HEIGHT * PT_TO_MM,
      bottomMm: baselineMm + sizePt * PLEX_DESCENT * PT_TO_MM,
      sizePt,
      widthMm: item.width * PT_TO_MM,
    };
  });
  const text = content.items
    .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
    .join("")
    .replace(/\u00a0/g, " ");
  return { doc, page, placed, text, flat: text.replace(/\s+/g, " ") };
}

function inWindow(t: PlacedText) {
  return t.leftMm < WINDOW.right && t.leftMm >= WINDOW.left - 2 && t.baselineMm > WINDOW.top && t.capTopMm < WINDOW.bottom;
}

describe("suggestion letter", () => {
  it("places the recipient address where the envelope window is, and nothing else there", async () => {
    const { placed } = await readPage(await renderSuggestionLetter(volunteerLetter));
    const address = placed.filter(inWindow);

    expect(address.map((t) => t.str)).toEqual(["Karen Østergaard Mikkelsen", "Søndergårdsvej 14, 1. th.", "7800 Skive"]);
    const first = address[0]!;
    expect(first.leftMm).toBeGreaterThanOrEqual(20);
    expect(first.leftMm).toBeLessThanOrEqual(24);
    expect(first.capTopMm).toBeGreaterThanOrEqual(45);
    expect(first.capTopMm).toBeLessThanOrEqual(50);
    // Even the full em box (ascender included) starts inside the 45–50 mm band.
    expect(first.baselineMm - first.sizePt * PT_TO_MM).toBeGreaterThanOrEqual(45);
    for (const line of address) expect(line.leftMm).toBeCloseTo(first.leftMm, 1);
    expect(address.at(-1)!.bottomMm).toBeLessThanOrEqual(WINDOW.bottom);
  });

  it("never prints more than six address lines, keeping the name, street and postcode", async () => {
    const crowded: SuggestionMessage = {
      ...volunteerLetter,
      citizen: {
        ...volunteerLetter.citizen,
        addressLines: ["c/o Bent Mikkelsen", "Plejecenter Solbakken", "Søndergårdsvej 14", "Afdeling B, stue", "Hem", "7800 Skive"],
      },
    };
    const { placed } = await readPage(await renderSuggestionLetter(crowded));
    const address = placed.filter(inWindow);
    expect(address).toHaveLength(6);
    expect(address.map((t) => t.str)).toEqual([
      "Karen Østergaard Mikkelsen",
      "Plejecenter Solbakken",
      "Søndergårdsvej 14",
      "Afdeling B, stue",
      "Hem",
      "7800 Skive",
    ]);
    expect(address.at(-1)!.bottomMm).toBeLessThanOrEqual(WINDOW.bottom);
  });

  it("breaks a line too wide for the window between words, losing nothing of the address", async () => {
    const wide: SuggestionMessage = {
      ...volunteerLetter,
      citizen: {
        ...volunteerLetter.citizen,
        addressLines: ["Plejecentret Solbakkens afdeling for midlertidige ophold, bygning C, 2. sal", "7800 Skive"],
      },
    };
    const { placed } = await readPage(await renderSuggestionLetter(wide));
    const address = placed.filter(inWindow);
    expect(address.length).toBeGreaterThan(3);
    expect(address.length).toBeLessThanOrEqual(6);
    expect(address.slice(1, -1).map((t) => t.str).join(" ")).toBe(wide.citizen.addressLines[0]);
    expect(address.at(-1)!.str).toBe("7800 Skive");
    for (const line of address) {
      expect(line.sizePt).toBeGreaterThanOrEqual(13);
      expect(line.leftMm + line.widthMm).toBeLessThanOrEqual(WINDOW.right);
    }
    expect(address.at(-1)!.bottomMm).toBeLessThanOrEqual(WINDOW.bottom);
  });

  it("sets a wide line smaller and cuts it with an ellipsis when breaking it would make more than six lines", async () => {
    const full: SuggestionMessage = {
      ...volunteerLetter,
      citizen: {
        ...volunteerLetter.citizen,
        addressLines: [
          "c/o Bent Mikkelsen",
          "Plejecentret Solbakkens afdeling for midlertidige ophold, bygning C, 2. sal",
          "Søndergårdsvej 14",
          "Hem",
          "7800 Skive",
        ],
      },
    };
    const { placed } = await readPage(await renderSuggestionLetter(full));
    const address = placed.filter(inWindow);
    expect(address).toHaveLength(6);
    expect(address[2]!.str).toMatch(/^Plejecentret Solbakkens .+…$/);
    for (const line of address) {
      expect(line.sizePt).toBeGreaterThanOrEqual(12);
      expect(line.leftMm + line.widthMm).toBeLessThanOrEqual(WINDOW.right);
    }
    expect(address.at(-1)!.str).toBe("7800 Skive");
    expect(address.at(-1)!.bottomMm).toBeLessThanOrEqual(WINDOW.bottom);
  });

  it("prints everything in large type: nothing under 12 pt, the body around 13–14 pt", async () => {
    const { placed } = await readPage(await renderSuggestionLetter(volunteerLetter));
    expect(Math.min(...placed.map((t) => t.sizePt))).toBeGreaterThanOrEqual(12);
    const sentence = placed.find((t) => t.str.startsWith("Besøgsvennen hedder"));
    expect(sentence?.sizePt).toBeGreaterThanOrEqual(13);
    expect(sentence?.sizePt).toBeLessThanOrEqual(14);
  });

  it("keeps æ, ø and å intact with embedded IBM Plex Sans", async () => {
    const pdf = await renderSuggestionLetter(volunteerLetter);
    const { text } = await readPage(pdf);
    expect(text).toContain("Søndergårdsvej");
    expect(text).toContain("Ældre og Sundhed");
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+IBMPlexSans/);
    expect(raw).toContain("/FontFile2");
    expect(raw).not.toContain("/Helvetica");
  });

  it("tells how to answer: options in words, deadline, code, address and phone", async () => {
    const { flat } = await readPage(await renderSuggestionLetter(volunteerLetter));
    for (const answer of ["Ja tak", "Nej tak", "Ring til mig"]) expect(flat).toContain(answer);
    expect(flat).toContain("Svar senest mandag den 7. december 2026.");
    expect(flat).toContain("K7MQ-4PXA");
    expect(flat).toContain("faellesskabsbro.demo.dk/svar og skriv koden");
    expect(flat).toContain("Du kan også ringe til Hanne Jensen på 97 10 20 41.");
    expect(flat).toContain("Telefontid: mandag–fredag kl. 9.00–12.00.");
  });

  it("prints the short code large", async () => {
    const { placed } = await readPage(await renderSuggestionLetter(volunteerLetter));
    const code = placed.find((t) => t.str.includes("K7MQ-4PXA"));
    expect(code?.sizePt).toBeGreaterThanOrEqual(20);
  });

  it("puts sender, contact person and a Danish date in the top right, clear of the window", async () => {
    const { placed } = await readPage(await renderSuggestionLetter({ ...volunteerLetter, date: new Date("2026-11-23T23:30:00Z") }));
    // 23:30 UTC is already the 24th in Copenhagen.
    const date = placed.find((t) => t.str === "24. november 2026");
    const municipality = placed.find((t) => t.str === "Demo Kommune");
    const contact = placed.find((t) => t.str === "Telefon 97 10 20 41");
    for (const t of [date, municipality, contact]) {
      expect(t).toBeDefined();
      expect(t!.leftMm).toBeGreaterThan(WINDOW.right);
    }
  });

  it("describes the volunteer by first name without guessing a gender", async () => {
    const { flat } = await readPage(await renderSuggestionLetter(volunteerLetter));
    expect(flat).toContain("Besøgsvennen hedder Birthe og kommer fra Ældre Sagen Demo.");
    expect(flat).toContain("I deler interessen for havearbejde, gåture og kortspil.");
    expect(flat).not.toMatch(/\b(han|hun|ham|hende|hans|hendes)\b/i);
  });

  it("describes an activity with what, when and where", async () => {
    const { flat } = await readPage(await renderSuggestionLetter(activityLetter));
    expect(flat).toContain("Vi har fundet en aktivitet til dig");
    expect(flat).toContain("»Strikkecafé« hos Ældre Sagen Demo");
    expect(flat).toContain("Hvornår: tirsdage kl. 10.00–12.00");
    expect(flat).toContain("Hvor: Skive Bibliotek, Nørregade 5, 7800 Skive");
  });

  it("fits each kind of suggestion on one page", async () => {
    for (const msg of [volunteerLetter, activityLetter]) {
      const doc = await openPdf(await renderSuggestionLetter(msg));
      expect(doc.numPages).toBe(1);
    }
  });

  it("keeps very long details on one page by stepping the type down, never below 12 pt", async () => {
    const long: SuggestionMessage = {
      ...activityLetter,
      citizen: {
        firstName: "Karen-Margrethe",
        fullName: "Karen-Margrethe Østergaard-Christiansen Bækgaard",
        addressLines: ["c/o Bent Mikkelsen", "Plejecenter Solbakken", "Søndergårdsvej 142, 3. tv.", "Afdeling B", "7800 Skive"],
      },
      sender: { municipality: "Ringkøbing-Skjern Kommune", department: "Sundhed og Omsorg, Forebyggelse", addressLines: ["Ved Fjorden 6", "6950 Ringkøbing"] },
      contact: { name: "Hanne Marie Jensen-Sørensen", phone: "97102041", hours: "Mandag–torsdag kl. 8.30–12.00, fredag kl. 8.30–10.00" },
      suggestion: {
        kind: "activity",
        title: "Fællesspisning og sang i Medborgerhuset",
        associationName: "Frivilligcenter Ringkøbing-Skjern",
        when: "første onsdag i måneden kl. 17.30–20.00",
        place: "Medborgerhuset Østergaarden, Østergade 32, 6950 Ringkøbing",
      },
    };
    const pdf = await renderSuggestionLetter(long);
    expect((await openPdf(pdf)).numPages).toBe(1);
    const { placed, flat } = await readPage(pdf);
    expect(Math.min(...placed.map((t) => t.sizePt))).toBeGreaterThanOrEqual(12);
    expect(flat).toContain("Venlig hilsen Hanne Marie Jensen-Sørensen");
    // The sender column grew down past the window; the headline still starts below it.
    const headline = placed.find((t) => t.str.startsWith("Vi har fundet"))!;
    const date = placed.find((t) => t.str === "23. november 2026")!;
    expect(headline.capTopMm).toBeGreaterThan(date.bottomMm);
  });

  it("prints a QR code of at least 30 mm that scans to the reply page", async () => {
    const { page } = await readPage(await renderSuggestionLetter(volunteerLetter));
    const scale = 2.5; // 180 dpi: enough for the scanner, cheap to render
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    const image = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);

    const qr = jsQR(image.data, image.width, image.height);
    expect(qr?.data).toBe(volunteerLetter.reply.url);
    const widthMm = ((qr!.location.topRightCorner.x - qr!.location.topLeftCorner.x) / scale) * PT_TO_MM;
    expect(widthMm).toBeGreaterThanOrEqual(30);
  });

  it("sets title, author and Danish language in the PDF", async () => {
    const doc = await openPdf(await renderSuggestionLetter(volunteerLetter));
    const { info } = await doc.getMetadata();
    expect(info).toMatchObject({
      Title: "Vi har fundet en besøgsven til dig – Demo Kommune",
      Author: "Demo Kommune",
      Language: "da-DK",
    });
  });
});

describe("batch of letters", () => {
  it("starts every letter on its own page, each with its own address", async () => {
    const pdf = await renderSuggestionLetters([volunteerLetter, activityLetter, volunteerLetter]);
    const doc = await openPdf(pdf);
    expect(doc.numPages).toBe(3);
    const names = [];
    for (const pageNumber of [1, 2, 3]) {
      const { placed } = await readPage(pdf, pageNumber);
      names.push(placed.filter(inWindow)[0]?.str);
    }
    expect(names).toEqual(["Karen Østergaard Mikkelsen", "Ove Æbelø", "Karen Østergaard Mikkelsen"]);
  });

  it("refuses an empty batch instead of producing an empty PDF", async () => {
    await expect(renderSuggestionLetters([])).rejects.toThrow(RangeError);
  });
});

describe("Danish formatting", () => {
  it("groups Danish phone numbers in pairs and leaves others alone", () => {
    expect(formatDanishPhone("97102041")).toBe("97 10 20 41");
    expect(formatDanishPhone("+45 9710 2041")).toBe("97 10 20 41");
    expect(formatDanishPhone("0045-97102041")).toBe("97 10 20 41");
    expect(formatDanishPhone("+46 8 123 456 78")).toBe("+46 8 123 456 78");
  });

  it("writes dates the Danish way in Copenhagen time", () => {
    expect(formatDanishDate(new Date("2026-11-23T09:00:00Z"))).toBe("23. november 2026");
    expect(formatDanishDate(new Date("2026-06-30T22:30:00Z"))).toBe("1. juli 2026");
  });
});
