import { describe, expect, it } from "vitest";
import { photoTypeOf } from "./photo";

describe("photoTypeOf", () => {
  it("recognises a PNG by its signature", () => {
    expect(photoTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
  });

  it("recognises a JPEG by its start-of-image marker", () => {
    expect(photoTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
  });

  it("refuses a text file whatever its name", () => {
    expect(photoTypeOf(new TextEncoder().encode("not really a picture"))).toBeNull();
  });

  it("refuses a GIF, which the card cannot print", () => {
    expect(photoTypeOf(new TextEncoder().encode("GIF89a...."))).toBeNull();
  });

  it("refuses an empty or truncated file", () => {
    expect(photoTypeOf(new Uint8Array([]))).toBeNull();
    expect(photoTypeOf(new Uint8Array([0x89, 0x50]))).toBeNull();
  });
});
