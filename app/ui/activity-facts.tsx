import type { Activity } from "../data/activities.server";
import { formatPrice } from "./format";

/** Accessibility and practical facts, as short labels a citizen can scan. */
export function activityFacts(
  a: Pick<Activity, "stepFree" | "hearingLoop" | "accessibleToilet" | "seating" | "parking" | "transport" | "price">,
) {
  return [
    a.stepFree ? "Trinfri adgang" : null,
    a.hearingLoop ? "Teleslynge" : null,
    a.accessibleToilet ? "Handicaptoilet" : null,
    a.seating ? "Mulighed for at sidde" : null,
    a.parking ? "Parkering" : null,
    a.transport ? "Kørsel kan arrangeres" : null,
    formatPrice(a.price),
  ].filter((x): x is string => x !== null);
}

export function Tags({ items, label }: { items: string[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="tags" aria-label={label}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
