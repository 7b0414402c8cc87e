import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random";
import { best } from "./ranking";

describe("the best few of many", () => {
  it("gives what a stable sort would, ties included, for any limit", () => {
    const random = mulberry32(17);
    const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;
    for (let round = 0; round < 200; round++) {
      // Scores from a handful of values, so ties are common.
      const items = Array.from({ length: Math.floor(random() * 120) }, (_, arrival) => ({
        score: Math.floor(random() * 6) / 5,
        arrival,
      }));
      const limit = [0, 1, 3, 20, 200][round % 5]!;
      expect(best(items, limit, byScore)).toEqual([...items].sort(byScore).slice(0, limit));
    }
  });
});
