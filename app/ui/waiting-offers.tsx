import { Form, useSearchParams } from "react-router";
import type { OfferForCoordinator } from "../data/waiting-list.server";
import { Alert } from "./alert";
import { formatDate } from "./format";
import { messages } from "./messages";

const outcomes: Record<string, { kind: "success" | "error"; text: string }> = {
  brugt: { kind: "success", text: "Tilbuddet er brugt: forslaget er sendt til foreningens frivillighedstovholder." },
  afslaaet: { kind: "success", text: "Tilbuddet er afslået." },
  lukket: { kind: "error", text: messages.offerNotOpen },
  samtykke: { kind: "error", text: messages.noConsent },
  "ingen-frivillig": { kind: "error", text: messages.offerWithoutFittingVolunteer },
};

/**
 * Associations' open offers from the shared waiting list, on the citizen's page. The
 * coordinator uses one (it becomes a proposal to that association) or declines it.
 */
export function WaitingOffers({
  citizenId,
  offers,
  mayWrite,
}: {
  citizenId: string;
  offers: OfferForCoordinator[];
  mayWrite: boolean;
}) {
  const [searchParams] = useSearchParams();
  const code = searchParams.get("tilbud") ?? "";
  const outcome =
    code === "regel" ? { kind: "error" as const, text: messages.offerBreaksRule(searchParams.get("grund") ?? "") } : outcomes[code];
  if (offers.length === 0 && !outcome) return null;
  return (
    <section>
      <h2>Tilbud fra ventelisten</h2>
      {outcome ? <Alert kind={outcome.kind}>{outcome.text}</Alert> : null}
      {offers.length === 0 ? <p>Der er ingen åbne tilbud.</p> : null}
      <ul className="card-list">
        {offers.map((o) => (
          <li key={o.id}>
            <div className="item-card">
              <h3>{o.associationName}</h3>
              <p>
                {o.volunteerName ? (
                  <>
                    Tilbyder besøgsven <strong>{o.volunteerName}</strong>
                  </>
                ) : (
                  "Tilbyder en besøgsven uden at nævne hvem – den bedst egnede af foreningens frivillige foreslås"
                )}
              </p>
              {o.note ? <p className="pre-line">{o.note}</p> : null}
              <p className="muted">
                {formatDate(o.offeredAt)}
                {o.offeredByName ? ` · ${o.offeredByName}` : ""}
              </p>
              {mayWrite ? (
                <Form method="post" action={`/borgere/${citizenId}/tilbud`} className="button-row">
                  <input type="hidden" name="offerId" value={o.id} />
                  <button type="submit" name="decision" value="use" className="button button-primary">
                    Brug tilbuddet
                  </button>{" "}
                  <button type="submit" name="decision" value="decline" className="button button-secondary">
                    Afslå
                  </button>
                </Form>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
