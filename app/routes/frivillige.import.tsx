import { Form, Link, data, redirect, useActionData, useNavigation, useSearchParams } from "react-router";
import { requireAssociationUser } from "../auth/guard.server";
import { db } from "../data/db.server";
import { planFingerprint, planVolunteerImport, writeVolunteerImport } from "../data/volunteer-import.server";
import {
  CSV_MAX_BYTES,
  CSV_MAX_ROWS,
  describeCsvError,
  volunteerCsvColumns,
} from "../domain/volunteers/csv-columns";
import { readForm } from "../forms/read-form.server";
import { decodeCsv, readVolunteerCsv } from "../forms/volunteer-csv.server";
import { Alert } from "../ui/alert";
import { messages } from "../ui/messages";
import type { Route } from "./+types/frivillige.import";

const ROUTE = "/frivillige/import";

// The preview carries the file's text back in a hidden field, so the app stays
// stateless (no upload table to clean up). Nothing in that field is trusted: the
// commit reads and validates the text exactly as it did the upload, scopes it to
// the signed-in user's association, and compares the recomputed plan with the one
// previewed, so what is written is what the user saw, or nothing.
// The text travels in a multipart body; a Windows-1252 file can double in size as UTF-8.
const BODY_LIMIT = { bytes: 2 * CSV_MAX_BYTES + 64 * 1024, message: messages.csvTooLarge };

export const meta = () => [{ title: "Importér frivillige – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  await requireAssociationUser(request, ROUTE);
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireAssociationUser(request, ROUTE);
  const formData = await readForm(request, BODY_LIMIT);
  const intent = formData.get("intent");

  let text: string;
  if (intent === "preview") {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return data({ error: messages.csvFileMissing }, { status: 400 });
    if (file.size > CSV_MAX_BYTES) return data({ error: messages.csvTooLarge }, { status: 413 });
    text = decodeCsv(new Uint8Array(await file.arrayBuffer()));
  } else if (intent === "commit" && typeof formData.get("content") === "string") {
    text = formData.get("content") as string;
  } else {
    return data({ error: messages.formUnreadable }, { status: 400 });
  }

  const reading = readVolunteerCsv(text);
  if (!reading.ok) return data({ error: reading.message }, { status: 400 });

  const preview = (plan: Awaited<ReturnType<typeof planVolunteerImport>>) => ({
    rows: plan.rows,
    ignoredHeaders: reading.ignoredHeaders,
    importable: plan.writes.length,
    content: text,
    fingerprint: planFingerprint(plan.rows),
  });

  if (intent === "preview") {
    return { preview: preview(await planVolunteerImport(db, user.associationId, reading.rows)) };
  }

  const outcome = await db.transaction().execute(async (trx) => {
    const plan = await planVolunteerImport(trx, user.associationId, reading.rows);
    if (planFingerprint(plan.rows) !== formData.get("plan")) return { changed: preview(plan) };
    if (plan.writes.length === 0) return { empty: true as const };
    return { written: await writeVolunteerImport(trx, user.associationId, plan) };
  });
  if ("changed" in outcome) {
    return data({ error: messages.csvPlanChanged, preview: outcome.changed }, { status: 409 });
  }
  if ("empty" in outcome) return data({ error: messages.csvNothingToImport }, { status: 400 });
  const { created, updated } = outcome.written;
  return redirect(`${ROUTE}?oprettet=${created}&opdateret=${updated}`);
}

const outcomeLabels = { new: "Ny", update: "Opdateres", error: "Fejl" } as const;
const outcomeClasses = { new: "status-accepted", update: "status-call", error: "status-expired" } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default function ImportVolunteers() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const error = actionData && "error" in actionData ? actionData.error : null;
  const preview = actionData && "preview" in actionData ? actionData.preview : null;
  const created = Number(searchParams.get("oprettet") ?? "");
  const updated = Number(searchParams.get("opdateret") ?? "");
  const done = !actionData && searchParams.has("oprettet");
  const counts = preview
    ? {
        new: preview.rows.filter((r) => r.outcome === "new").length,
        update: preview.rows.filter((r) => r.outcome === "update").length,
        error: preview.rows.filter((r) => r.outcome === "error").length,
      }
    : null;
  return (
    <section>
      <p>
        <Link to="/frivillige">Alle frivillige</Link>
      </p>
      <h1>Importér frivillige</h1>
      <p className="font-lead">
        Har I jeres frivillige i et regneark, kan I hente dem ind på én gang. Først ser I, hvad der vil ske med hver
        række; intet gemmes, før I trykker Importér.
      </p>
      {done ? (
        <Alert kind="success">
          {`Importen er gemt: ${plural(created, "ny frivillig", "nye frivillige")} og ${plural(updated, "frivillig", "frivillige")} opdateret.`}
        </Alert>
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}

      <h2>1. Gør filen klar</h2>
      <p>
        Brug <a href="/frivillige/skabelon.csv">skabelonen (CSV)</a> med overskrifterne og et eksempel, eller{" "}
        <a href="/frivillige/eksport.csv">hent jeres frivillige</a> og ret i dem. Gem i Excel som »CSV UTF-8
        (semikolonsepareret)«. Højst {CSV_MAX_ROWS} rækker og 1 MB.
      </p>
      <details className="form-section">
        <summary>Kolonnerne og hvad de skal indeholde</summary>
        <ul>
          {volunteerCsvColumns.map((c) => (
            <li key={c.header}>
              <strong>{c.header}</strong>
              {c.optional ? " (kan udelades)" : ""} – fx {c.example || "tom"}
            </li>
          ))}
        </ul>
        <p>
          En frivillig med samme e-mail som en af foreningens frivillige bliver opdateret; de andre oprettes. Er status
          tom, beholder en eksisterende frivillig sin status, og en ny bliver aktiv.
        </p>
      </details>

      <h2>2. Vælg filen</h2>
      <Form method="post" encType="multipart/form-data" className="form-section">
        <input type="hidden" name="intent" value="preview" />
        <div className="form-group">
          <label className="form-label" htmlFor="import-file">
            CSV-fil med frivillige
          </label>
          <input
            type="file"
            id="import-file"
            name="file"
            accept=".csv,text/csv"
            className="form-file-input"
            required
          />
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          Vis hvad der vil ske
        </button>
      </Form>

      {preview && counts ? (
        <>
          <h2>3. Se rækkerne og importér</h2>
          <p>
            {plural(counts.new, "ny", "nye")}, {counts.update} opdateres,{" "}
            {plural(counts.error, "række med fejl", "rækker med fejl")}.
            {counts.error > 0 ? " Rækker med fejl springes over; ret dem i filen og importér igen." : ""}
          </p>
          {preview.ignoredHeaders.length > 0 ? (
            <Alert kind="info">
              {`Disse kolonner kendes ikke og bliver ikke importeret: ${preview.ignoredHeaders.map((h) => `»${h}«`).join(", ")}.`}
            </Alert>
          ) : null}
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label="Rækkerne i filen">
            <table className="table table--zebra import-preview">
              <caption className="sr-only">Hvad der sker med hver række i filen</caption>
              <thead>
                <tr>
                  <th scope="col">Række</th>
                  <th scope="col">Navn</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Resultat</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <td>{r.name}</td>
                    <td>{r.email}</td>
                    <td>
                      <span className={`status ${outcomeClasses[r.outcome]}`}>{outcomeLabels[r.outcome]}</span>
                      {r.errors.length > 0 ? (
                        <ul>
                          {r.errors.map((e) => (
                            <li key={`${e.column}-${e.message}`}>{describeCsvError(r.row, e)}</li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.importable > 0 ? (
            <Form method="post" encType="multipart/form-data">
              <input type="hidden" name="intent" value="commit" />
              <input type="hidden" name="content" value={preview.content} />
              <input type="hidden" name="plan" value={preview.fingerprint} />
              <button type="submit" className="button button-primary" disabled={busy}>
                Importér {plural(preview.importable, "frivillig", "frivillige")}
              </button>
            </Form>
          ) : (
            <p>Der er ingen gyldige rækker at importere.</p>
          )}
        </>
      ) : null}
    </section>
  );
}
