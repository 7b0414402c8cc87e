import { describe, expect, it } from "vitest";
import { at, children, parseXml } from "../../../tests/support/xml";
import { MEMO_NAMESPACE, type MemoLetter, memoMessageXml } from "./memo";

const pdf = new TextEncoder().encode("%PDF-1.3\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

const letter: MemoLetter = {
  messageUuid: "6f1c2a5e-8d3b-4c7a-9e21-0b5d4f3a2c18",
  label: "Vi har fundet en besøgsven til dig",
  sender: { cvr: "12345674", name: "Demo Kommune" },
  recipient: { cpr: "0102431234", name: "Åse Ørsted & Søn <c/o>" },
  createdAt: new Date("2026-11-24T08:15:30.250Z"),
  document: { label: "Forslag fra Demo Kommune", filename: "forslag.pdf", pdf },
};

describe("MeMo 1.2 message", () => {
  it("is well-formed XML in the MeMo namespace, version 1.2", () => {
    const root = parseXml(memoMessageXml(letter));
    expect(root.namespace).toBe(MEMO_NAMESPACE);
    expect(root.name).toBe("Message");
    expect(root.attributes.memoVersion).toBe("1.2");
    // 1.2 dropped the schema-version attribute from the root.
    expect(root.attributes).not.toHaveProperty("memoSchVersion");
    expect(root.children.map((c) => c.name)).toEqual(["MessageHeader", "MessageBody"]);
  });

  it("puts every header element the model requires, in the schema's order", () => {
    const header = at(parseXml(memoMessageXml(letter)), "MessageHeader");
    expect(header.children.map((c) => c.name)).toEqual([
      "messageType",
      "messageUUID",
      "label",
      "mandatory",
      "legalNotification",
      "Sender",
      "Recipient",
    ]);
    for (const el of header.children) expect(el.namespace).toBe(MEMO_NAMESPACE);
    expect(at(header, "messageType").text).toBe("DIGITALPOST");
    expect(at(header, "messageUUID").text).toBe(letter.messageUuid);
    expect(at(header, "label").text).toBe("Vi har fundet en besøgsven til dig");
    expect(at(header, "Sender").children.map((c) => [c.name, c.text])).toEqual([
      ["senderID", "12345674"],
      ["idType", "CVR"],
      ["label", "Demo Kommune"],
    ]);
    expect(at(header, "Recipient").children.map((c) => [c.name, c.text])).toEqual([
      ["recipientID", "0102431234"],
      ["idType", "CPR"],
      ["label", "Åse Ørsted & Søn <c/o>"],
    ]);
  });

  it("carries the letter PDF as the main document, base64, byte for byte", () => {
    const body = at(parseXml(memoMessageXml(letter)), "MessageBody");
    expect(at(body, "createdDateTime").text).toBe("2026-11-24T08:15:30Z");
    const file = at(body, "MainDocument", "File");
    expect(file.children.map((c) => c.name)).toEqual(["encodingFormat", "filename", "language", "content"]);
    expect(at(file, "encodingFormat").text).toBe("application/pdf");
    expect(at(file, "language").text).toBe("da");
    expect(Buffer.from(at(file, "content").text, "base64")).toEqual(Buffer.from(pdf));
    expect(children(at(body, "MainDocument"), "File")).toHaveLength(1);
  });

  it("stays well-formed when a name holds characters XML forbids", () => {
    const root = parseXml(memoMessageXml({ ...letter, recipient: { ...letter.recipient, name: "Ib\u0007 Å\u001bse" } }));
    expect(at(root, "MessageHeader", "Recipient", "label").text).toBe("Ib Åse");
  });

  it("refuses identifiers Digital Post would reject, instead of writing a file that bounces", () => {
    expect(() => memoMessageXml({ ...letter, messageUuid: "not-a-uuid" })).toThrow(RangeError);
    expect(() => memoMessageXml({ ...letter, recipient: { ...letter.recipient, cpr: "010243-1234" } })).toThrow(RangeError);
    expect(() => memoMessageXml({ ...letter, sender: { ...letter.sender, cvr: "1234" } })).toThrow(RangeError);
  });
});
