import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, data, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import { requireMunicipalUser } from "../auth/guard.server";
import { db } from "../data/db.server";
import { getMatchPolicy, setMatchPolicy } from "../data/organisations.server";
import { matchPolicyForm } from "../forms/match-policy";
import { readForm } from "../forms/read-form.server";
import { Alert } from "../ui/alert";
import { ErrorSummary, TextField } from "../ui/form";
import { messages } from "../ui/messages";
import type { Route } from "./+types/admin.matchindstillinger";

const ROUTE = "/admin/matchindstillinger";

export const meta = () => [{ title: "Indstillinger for match – Fællesskabsbro" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const policy = await getMatchPolicy(db, user.municipalityId);
  if (!policy) throw data({ message: messages.notFound }, { status: 404 });
  return { policy };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireMunicipalUser(request, ROUTE);
  const submission = parseWithZod(await readForm(request), { schema: matchPolicyForm });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await setMatchPolicy(db, user.municipalityId, submission.value);
  return redirect(`${ROUTE}?gemt=1`);
}

// What each weight rewards, in the words a coordinator reads on a suggestion.
const weightFields = [
  ["weightInterest", "Fælles interesser", "Fx »Deler interesse: havearbejde«"],
  ["weightDistance", "Kort afstand", "Jo tættere på, jo bedre"],
  ["weightTime", "Passende tidspunkter", "Tider, begge kan"],
  ["weightFormat", "Rigtig form", "Besøgsven eller fællesskab, som borgeren ønsker – og besøgsven først ved angst"],
  ["weightLoad", "Jævn fordeling", "Frivillige med færre borgere går forrest"],
  [
    "weightWaiting",
    "Ventetid",
    "Borgere, der har ventet længst, går forrest, når flere venter på de samme. Tæller fra henvisningen og vægter fuldt efter et halvt år",
  ],
] as const;

export default function MatchSettings() {
  const { policy } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: {
      maxDistanceKm: String(policy.maxDistanceKm),
      straffeattestMaxAgeMonths: String(policy.straffeattestMaxAgeMonths),
      proposalResponseDays: String(policy.proposalResponseDays),
      weightInterest: String(policy.weights.interest),
      weightDistance: String(policy.weights.distance),
      weightTime: String(policy.weights.time),
      weightFormat: String(policy.weights.format),
      weightLoad: String(policy.weights.load),
      weightWaiting: String(policy.weights.waiting),
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: matchPolicyForm }),
  });
  return (
    <section>
      <h1>Indstillinger for match</h1>
      <p className="font-lead">
        Kommunens regler for, hvem der kan foreslås, og hvad der vægter, når forslagene stilles i rækkefølge.
      </p>
      {searchParams.has("gemt") && !actionData ? <Alert kind="success">Indstillingerne er gemt.</Alert> : null}
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} />
        <div className="form-section">
          <h2>Regler</h2>
          <TextField
            field={fields.maxDistanceKm}
            label="Længste afstand til en aktivitet (km)"
            hint="Gælder ikke, når borgeren har ledsagelse, eller aktiviteten tilbyder kørsel"
            inputMode="numeric"
          />
          <TextField
            field={fields.straffeattestMaxAgeMonths}
            label="Straffeattesten må højst være (måneder)"
            hint="Ældre attester: den frivillige kan ikke foreslås"
            inputMode="numeric"
          />
          <TextField
            field={fields.proposalResponseDays}
            label="Foreningens svarfrist på et forslag (dage)"
            hint="Derefter får koordinatoren besked"
            inputMode="numeric"
          />
        </div>
        <fieldset className="form-section">
          <legend className="h2">Vægte i procent</legend>
          <p className="form-hint">Tilsammen 100 %. Forslag, der bryder en regel, vises aldrig, uanset vægtene.</p>
          {weightFields.map(([name, label, hint]) => (
            <TextField key={name} field={fields[name]} label={label} hint={hint} inputMode="numeric" />
          ))}
        </fieldset>
        <button type="submit" className="button button-primary">
          Gem indstillinger
        </button>
      </Form>
    </section>
  );
}
