import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { describe, expect, it } from "vitest";
import { type ContactCardContent, renderContactCard } from "./contact-card.server";

// The card is cut out of an A4 sheet along its corner marks: everything on it must
// lie inside the A6 rectangle, however long the name or the hours.

const PT_TO_MM = 25.4 / 72;
const CARD = { left: 52.5, right: 52.5 + 105, top: 20, bottom: 20 + 148 };

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

const card: ContactCardContent = {
  name: "Hanne Jensen",
  phone: "97102041",
  hours: "Hverdage kl. 8–15",
  photo: { bytes: PNG, type: "image/png" },
  municipality: "Demo Kommune",
  department: "Ældre og Sundhed",
};

async function placedText(pdf: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const { width, height } = page.getViewport({ scale: 1 });
  const items = (await page.getTextContent()).items.filter(
    (item): item is TextItem => "str" in item && item.str.trim() !== "",
  );
  return {
    pageMm: { width: width * PT_TO_MM, height: height * PT_TO_MM },
    items: items.map((item) => {
      const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
      return {
        str: item.str,
        sizePt: Math.hypot(a, b),
        leftMm: e * PT_TO_MM,
        rightMm: (e + item.width) * PT_TO_MM,
        baselineMm: (height - f) * PT_TO_MM,
      };
    }),
  };
}

describe("renderContactCard", () => {
  it("prints on an A4 sheet, so any office printer prints it at full size", async () => {
    const { pageMm } = await placedText(await renderContactCard(card));
    expect(pageMm.width).toBeCloseTo(210, 0);
    expect(pageMm.height).toBeCloseTo(297, 0);
  });

  it("shows the phone number in large type, grouped in pairs as Danes read it", async () => {
    const { items } = await placedText(await renderContactCard(card));
    const phone = items.find((i) => i.str.includes("97 10 20 41"));
    expect(phone?.sizePt).toBeGreaterThanOrEqual(24);
  });

  it("keeps long names and hours inside the card to be cut out", async () => {
    const long = await renderContactCard({
      ...card,
      name: "Anne-Marie Østergaard Christiansen-Bjerregaard",
      hours: "Mandag, tirsdag og torsdag kl. 8.00–15.00, onsdag kl. 8.00–12.00, fredag kl. 8.00–13.30, ikke på helligdage",
    });
    const onCard = (await placedText(long)).items.filter((i) => i.baselineMm < CARD.bottom + 2);
    expect(onCard.map((i) => i.str).join(" ")).toContain("Bjerregaard");
    for (const item of onCard) {
      expect(item.leftMm, item.str).toBeGreaterThanOrEqual(CARD.left);
      expect(item.rightMm, item.str).toBeLessThanOrEqual(CARD.right);
      expect(item.baselineMm, item.str).toBeGreaterThan(CARD.top);
      expect(item.baselineMm, item.str).toBeLessThan(CARD.bottom);
    }
    expect(onCard.map((i) => i.str).join(" ")).toContain("Ældre og Sundhed");
  });
});
