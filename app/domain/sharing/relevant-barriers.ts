import type { Barrier } from "../matching/types";

// What an association is told about a citizen is the minimum it needs to prepare the
// meeting (DESIGN: "barriers relevant to the visit"). A tight economy matters when an
// activity costs money; for a visit in the citizen's own home it is none of the
// association's business, so it is left out there.
const notForVisits: ReadonlySet<Barrier> = new Set(["economy"]);

export function relevantBarriers(kind: "volunteer" | "activity", barriers: readonly Barrier[]): Barrier[] {
  return kind === "activity" ? [...barriers] : barriers.filter((b) => !notForVisits.has(b));
}
