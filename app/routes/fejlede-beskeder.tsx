import { Form, Link, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { resendDeadEmail } from "../comms/resend-email.server";
import { audit } from "../data/audit.server";
import { type DeadLetter, listDeadLetters } from "../data/dead-letters.server";
import { db } from "../data/db.server";
import { resendEmailForm } from "../forms/outbox";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { formatDateTime } from "../ui/format";
import { messages } from "../ui/messages";
import { emailKindLabels, failureAdvice, failureExplanations } from "../ui/outbox-labels";
import type { Route } from "./+types/fejlede-beskeder";

const ROUTE = "/fejlede-beskeder";

export const meta = () => [{ title: "E-mails, der ikke kom frem – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const letters = await listDeadLetters(db, user.municipalityId);
  await audit(db, {
    userId: user.id,
    action: "search",
    entity: "citizen",
    entityId: null,
    purpose: "E-mails om borgere, der ikke kunne sendes",
    details: { results: letters.length, citizens: [...new Set(letters.map((l) => l.citizen.id))] },
  });
  return { letters };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const parsed = resendEmailForm.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ error: messages.formUnreadable }, { status: 400 });
  const outcome = await resendDeadEmail(db, user, parsed.data.id);
  if (outcome === "not-found") return data({ error: messages.emailNotFound }, { status: 404 });
  if (outcome === "no-email") return data({ error: messages.emailResendNoAddress }, { status: 409 });
  // Already back in the queue (a second click, a colleague): the list is simply current.
  if (outcome === "not-dead") return redirect(`${ROUTE}?allerede=1`);
  return redirect(`${ROUTE}?sendt=${outcome.readdressed ? "ny-adresse" : "1"}`);
}

const notices = {
  "1": "E-mailen er sendt igen. Kan den heller ikke sendes nu, kommer den tilbage på listen.",
  "ny-adresse": "E-mailen er sendt igen til borgerens nye e-mailadresse.",
} as const;

export default function FailedEmails() {
  const { letters } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const sent = searchParams.get("sendt");
  return (
    <section>
      <p>
        <Link to="/arbejdsliste">Tilbage til arbejdslisten</Link>
      </p>
      <h1>E-mails, der ikke kom frem</h1>
      <p className="font-lead">
        Fællesskabsbro har prøvet at sende disse e-mails om kommunens borgere uden held. Ret fejlen, og tryk »Send
        igen«. Modtageren får den samme e-mail.
      </p>
      {sent === "1" || sent === "ny-adresse" ? <Alert kind="success">{notices[sent]}</Alert> : null}
      {searchParams.get("allerede") ? <Alert kind="info">{messages.emailAlreadyResent}</Alert> : null}
      {actionData?.error ? <Alert kind="error">{actionData.error}</Alert> : null}
      {letters.length === 0 ? (
        <p>Der er ingen fejlede e-mails lige nu.</p>
      ) : (
        <ul className="card-list dead-letters">
          {letters.map((letter) => (
            <li key={letter.id}>
              <DeadLetterCard letter={letter} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DeadLetterCard({ letter }: { letter: DeadLetter }) {
  const { citizen, lastAttempt, proposal } = letter;
  const headingId = `besked-${letter.id}`;
  const toCitizen = letter.kind === "match_suggestion";
  const newAddress = toCitizen && citizen.email && citizen.email !== letter.recipient ? citizen.email : null;
  const cannotResend = toCitizen && (citizen.contactChannel !== "email" || !citizen.email);
  const about = proposal
    ? proposal.volunteerFirstName
      ? `besøgsven ${proposal.volunteerFirstName} fra ${proposal.associationName}`
      : `${proposal.activityTitle ?? "aktivitet"} hos ${proposal.associationName}`
    : null;
  return (
    <div className="item-card">
      {/* The citizen first: a coordinator scans the list for whom it concerns. */}
      <h2 id={headingId}>
        <Link to={`/borgere/${citizen.id}`}>{citizen.name}</Link>
      </h2>
      <dl className="facts">
        <dt>Hvad</dt>
        <dd>
          {emailKindLabels[letter.kind]}
          {about ? `: ${about}` : ""}
        </dd>
        <dt>Emne</dt>
        <dd>{letter.subject}</dd>
        <dt>Til</dt>
        <dd className="break-anywhere">{letter.recipient}</dd>
        {letter.contactPersonName ? (
          <>
            <dt>Kontaktperson</dt>
            <dd>{letter.contactPersonName}</dd>
          </>
        ) : null}
        <dt>Hvorfor kom den ikke frem?</dt>
        <dd>
          {failureExplanations[lastAttempt.failure ?? "unknown"]}
          {lastAttempt.smtpResponse || lastAttempt.error ? (
            <span className="d-block form-hint break-anywhere">
              Mailserverens svar: {lastAttempt.smtpResponse ?? lastAttempt.error}
            </span>
          ) : null}
        </dd>
        <dt>Hvad gør jeg?</dt>
        <dd>
          {newAddress ? (
            <>
              <strong>Borgerens e-mail er nu {newAddress}.</strong> »Send igen« sender til den nye adresse.
            </>
          ) : cannotResend ? (
            <>
              <strong>Borgeren har ikke længere en e-mailadresse, eller vil have brev.</strong> Ring til borgeren, eller
              foreslå matchet igen, så der laves et brev.
            </>
          ) : (
            failureAdvice(lastAttempt.failure, letter.kind)
          )}
        </dd>
        <dt>Forsøg</dt>
        <dd>
          {letter.attempts} forsøg{lastAttempt.at ? `, sidst ${formatDateTime(lastAttempt.at)}` : ""}
        </dd>
      </dl>
      <div className="dead-letter-actions">
        {toCitizen ? (
          <Link to={`/borgere/${citizen.id}/screening`} className="button button-secondary">
            Ret borgerens e-mail
          </Link>
        ) : null}
        {cannotResend ? null : (
          <Form method="post">
            <input type="hidden" name="intent" value="resend" />
            <input type="hidden" name="id" value={letter.id} />
            <button type="submit" className="button button-primary" aria-describedby={headingId}>
              Send igen
            </button>
          </Form>
        )}
      </div>
    </div>
  );
}
