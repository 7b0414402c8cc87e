import { describe, expect, it } from "vitest";
import { countSlots, slotMask, slotsOf } from "./slot-mask";
import { SLOTS } from "./types";

describe("slots as a mask", () => {
  it("tells shared slots apart from the rest, each counted once", () => {
    const citizen = slotMask(["tue-am", "thu-pm", "tue-am"]);
    expect(countSlots(citizen)).toBe(2);
    expect(countSlots(citizen & slotMask(["thu-pm", "sun-eve"]))).toBe(1);
    expect(citizen & slotMask(["mon-am", "sun-eve"])).toBe(0);
  });

  it("gives the slots back in week order, Monday morning first", () => {
    expect(slotsOf(slotMask(["sun-eve", "mon-am", "wed-pm"]))).toEqual(["mon-am", "wed-pm", "sun-eve"]);
    expect(slotsOf(slotMask(SLOTS))).toEqual(SLOTS);
    expect(countSlots(slotMask(SLOTS))).toBe(21);
    expect(slotsOf(0)).toEqual([]);
  });
});
