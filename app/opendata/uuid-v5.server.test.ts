import { describe, expect, it } from "vitest";
import { uuidV5 } from "./uuid-v5.server";

const DNS = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

describe("uuidV5", () => {
  it("gives the RFC 9562 test vector for www.example.com in the DNS namespace", () => {
    expect(uuidV5("www.example.com", DNS)).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  it("agrees with other implementations for a URL name", () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/")
    expect(uuidV5("https://example.org/", URL_NAMESPACE)).toBe("527dda32-a0de-5105-a042-cb475b5f7d11");
  });

  it("is stable for the same name and differs for another", () => {
    const activity = "0b0c6f5e-6c2a-4f49-9a4e-3f1f7e0c2d11";
    expect(uuidV5("schedule", activity)).toBe(uuidV5("schedule", activity));
    expect(uuidV5("schedule", activity)).not.toBe(uuidV5("location", activity));
  });

  it("refuses a namespace that is not a UUID", () => {
    expect(() => uuidV5("x", "not-a-uuid")).toThrow();
  });
});
