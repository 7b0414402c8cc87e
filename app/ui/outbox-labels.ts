import type { EmailKind, SendFailure } from "../../db/schema";

export const emailKindLabels: Record<EmailKind, string> = {
  match_suggestion: "Forslag til borgeren",
  proposal_overdue: "Besked til koordinator: foreningen har ikke svaret",
  invitation: "Invitation",
  straffeattest_reminder: "Påmindelse om straffeattest",
  other: "E-mail",
};

/** Why a message did not arrive, for a coordinator who is not an IT person. */
export const failureExplanations: Record<SendFailure, string> = {
  recipient: "Modtagerens mailserver kender ikke e-mailadressen. Den er måske stavet forkert, eller den findes ikke længere.",
  rejected: "Modtagerens mailserver ville ikke tage imod e-mailen. Den er måske blevet opfattet som spam.",
  temporary: "Modtagerens mailserver bad os prøve igen senere, blandt andet fordi postkassen var fuld. Vi prøvede i et døgn.",
  unreachable:
    "Vi kunne ikke komme i forbindelse med kommunens mailserver i et døgn. Det er ikke en fejl i adressen.",
  auth: "Kommunens mailserver afviste Fællesskabsbros login. Det er en fejl i opsætningen, ikke i adressen.",
  unknown: "E-mailen kunne ikke sendes, og mailserveren sagde ikke hvorfor.",
};

/** What to do about it, by failure and by whom the message was for. */
export function failureAdvice(failure: SendFailure | null, kind: EmailKind): string {
  if (failure === "recipient" || failure === "rejected") {
    return kind === "match_suggestion"
      ? "Ring til borgeren og tjek e-mailadressen. Ret den på borgeren, og tryk så »Send igen«."
      : "Tjek modtagerens e-mailadresse. En medarbejders adresse rettes af en administrator under Brugere.";
  }
  if (failure === "unreachable" || failure === "auth") {
    return "Bed IT eller administratoren om at se på mailserveren. Tryk »Send igen«, når den virker.";
  }
  return "Tryk »Send igen«. Kommer e-mailen tilbage her, så ring til modtageren i stedet.";
}
