// A set of slots as the bits of one integer: the 21 slots of a week fit in 31 bits.
// Suggestions ask "do these two share a slot, and how many" for thousands of
// candidates per citizen; on masks that is one AND and a bit count instead of
// searching one list for each entry of the other.
import { SLOTS, type Slot } from "./types";

const BIT = new Map<string, number>(SLOTS.map((slot, i) => [slot, 1 << i]));

/** The slots as a mask; anything that is not a slot (never in validated data) adds nothing. */
export function slotMask(slots: readonly Slot[]): number {
  let mask = 0;
  for (const slot of slots) mask |= BIT.get(slot) ?? 0;
  return mask;
}

/** How many slots a mask holds (a population count). */
export function countSlots(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** The slots in a mask, in week order (Monday morning first). */
export function slotsOf(mask: number): Slot[] {
  return SLOTS.filter((slot) => (mask & BIT.get(slot)!) !== 0);
}
