import type { Activity } from "../data/activities.server";
import { formatPrice } from "./format";

/** Accessibility and practical facts, as short labels a citizen can scan. */
export function activityFacts(
  a: Pick<
    Activity,
    "stepFree" | "hearingLoop" | "accessibleToilet" | "seating" | "parking" | "transport" | "price" | "hostName"
  >,
) {
  return [
    a.stepFree ? "Trinfri adgang" : null,
    a.hearingLoop ? "Teleslynge" : null,
    a.accessibleToilet ? "Handicaptoilet" : null,
    a.seating ? "Stole med armlæn" : null,
    a.parking ? "Handicapparkering tæt på" : null,
    a.transport ? "Kørsel kan arrangeres" : null,
    // A named person to ask makes the first time less daunting for a newcomer.
    a.hostName ? `Modtagerven: ${a.hostName}` : null,
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
