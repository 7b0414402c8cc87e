import type { VolunteerStatus } from "../domain/volunteers/csv-columns";
import type { StraffeattestState } from "../domain/volunteers/vetting";
import { formatDate } from "./format";

export const volunteerStatusLabels: Record<VolunteerStatus, string> = {
  active: "Aktiv",
  paused: "På pause",
  ended: "Stoppet",
};

export const volunteerStatusOptions = (Object.keys(volunteerStatusLabels) as VolunteerStatus[]).map((value) => ({
  value,
  label: volunteerStatusLabels[value],
}));

const days = (n: number) => (n === 1 ? "1 dag" : `${n} dage`);

/** The straffeattest's state in a few words, marked so a warning stands out. */
export function StraffeattestWarning({ state }: { state: StraffeattestState }) {
  switch (state.kind) {
    case "missing":
      return <span className="status status-warning">Mangler</span>;
    case "expired":
      return <span className="status status-expired">Udløbet {formatDate(state.validThrough)}</span>;
    case "expiring":
      return (
        <span className="status status-warning">
          {state.daysLeft === 0 ? "Udløber i dag" : `Udløber om ${days(state.daysLeft)}`}
        </span>
      );
    case "valid":
      return <span className="muted">Gyldig til og med {formatDate(state.validThrough)}</span>;
  }
}
