import { Link } from "react-router";
import type { ListedActivity } from "../data/catalogue.server";
import { Tags, activityFacts } from "./activity-facts";
import { formatDay, formatKm, placesLeft } from "./catalogue-labels";
import { danishTime } from "./format";

/** One activity in a list: what, when, where, who, and whether there is room. */
export function ActivityCard({ activity: a, distanceKm = null }: { activity: ListedActivity; distanceKm?: number | null }) {
  return (
    <article className="item-card activity-card">
      <h3>
        <Link to={`/aktiviteter/${a.id}`}>{a.title}</Link>
      </h3>
      <p>
        <strong>{a.schedule}</strong>
      </p>
      <p>
        {a.nextDate
          ? `Næste gang: ${formatDay(a.nextDate.date)} kl. ${danishTime(a.nextDate.startTime)}`
          : "De næste gange er aflyst"}
      </p>
      <p>
        {a.address}, {a.postcode} {a.city}
        {distanceKm !== null ? <span className="muted"> · {formatKm(distanceKm)} væk</span> : null}
      </p>
      <p className="muted">{a.associationName}</p>
      <Tags items={activityFacts(a)} label="Praktisk" />
      <p>Pladser: {placesLeft(a.capacity, a.enrolled)}</p>
    </article>
  );
}
