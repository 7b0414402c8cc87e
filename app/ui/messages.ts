import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from "../domain/passwords/rules";
import type { EnrolmentRefusal } from "../domain/pathway/enrolment";
import type { Refusal } from "../domain/pathway/states";
import { citizenStatusLabels } from "./citizen-labels";

// Zod's Danish locale words every message we do not write ourselves.
z.config(z.locales.da());
// In the browser, zod's compiled fast path probes for eval, which the
// Content-Security-Policy forbids and reports as a violation.
if (typeof document !== "undefined") z.config({ jitless: true });

/** Every sentence the user reads when something goes wrong, in one place. */
export const messages = {
  required: "Udfyld feltet",
  chooseAtLeastOne: "Vælg mindst én",
  email: "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk",
  phone: "Skriv et telefonnummer med 8 cifre",
  postcode: "Skriv et postnummer med fire cifre",
  time: "Skriv et klokkeslæt som tt:mm, fx 10:00",
  endAfterStart: "Sluttidspunktet skal ligge efter starttidspunktet",
  latitude: "Breddegraden skal ligge i Danmark (mellem 54,5 og 57,8)",
  longitude: "Længdegraden skal ligge i Danmark (mellem 8,0 og 15,2)",
  wholeNumber: (min: number, max: number) => `Skriv et helt tal fra ${min} til ${max}`,
  date: "Skriv en dato som åååå-mm-dd",
  dateNotInFuture: "Datoen må ikke ligge i fremtiden",
  textLength: (min: number, max: number) => `Skriv mellem ${min} og ${max} tegn`,
  fullName: "Skriv både fornavn og efternavn, fx Karen Nielsen",
  oneLineAddress: "Skriv vej og husnummer, postnummer og by, fx Vestergade 12, 7800 Skive",
  referralSource: "Vælg hvem henvisningen kommer fra",
  consentToContact: "Svar ja eller nej: vil borgeren kontaktes?",
  emailNeededForEmailChannel: "Skriv borgerens e-mail, eller vælg brev",
  loginFailed: "E-mail eller adgangskode er forkert",
  loginLocked: (minutes: number) =>
    `Der har været for mange forkerte forsøg på at logge ind. Vent ${minutes} ${minutes === 1 ? "minut" : "minutter"}, og prøv igen.`,
  password: {
    "too-short": `Skriv en adgangskode på mindst ${PASSWORD_MIN_LENGTH} tegn – fx en sætning på flere ord, du kan huske`,
    "too-long": `Adgangskoden må højst have ${PASSWORD_MAX_LENGTH} tegn`,
    guessable:
      "Adgangskoden er for let at gætte: den findes på lister over lækkede adgangskoder eller gentager sig selv. Vælg en anden, fx en sætning på flere ord",
    personal: "Adgangskoden ligner dit navn eller din e-mail. Vælg en, der ikke bygger på dem",
  } satisfies Record<PasswordProblem, string>,
  forbidden: "Du har ikke adgang til denne side.",
  cpr: "Skriv CPR-nummeret med 10 cifre, fx 010243-1234",
  digitalPost: {
    refused: (detail: string) =>
      detail ? `Digital Post afviste brevet: ${detail}` : "Digital Post afviste brevet uden at sige hvorfor.",
    unauthorised: "Digital Post afviste adgangen. Bed en administrator tjekke opsætningen (DIGITAL_POST_TOKEN).",
    unavailable: (status: number) => `Digital Post svarer ikke lige nu (fejl ${status}). Prøv igen senere.`,
    timeout: (seconds: number) =>
      `Digital Post svarede ikke inden for ${seconds} ${seconds === 1 ? "sekund" : "sekunder"}. Prøv igen senere.`,
    unreachable: "Digital Post kunne ikke nås. Prøv igen senere.",
  },
  notFound: "Siden findes ikke.",
  badOrigin: "Forespørgslen kom ikke fra Fællesskabsbro og blev afvist.",
  formInvalid: "Formularen har fejl. Ret de markerede felter.",
  formUnreadable: "Formularen kunne ikke læses. Prøv at sende den igen fra siden.",
  noConsent:
    "Borgeren har ikke givet samtykke til, at foreningen må få oplysninger. Indhent samtykke, før du foreslår et match.",
  candidateNotAllowed: "Kandidaten opfylder ikke længere kravene og kan ikke foreslås.",
  proposalAlreadyOpen: "Kandidaten er allerede foreslået til borgeren.",
  proposalAlreadyDecided: "Forslaget er allerede besvaret.",
  declineReasonRequired: "Vælg hvorfor I siger nej til forslaget",
  declineOtherNeedsText: "Skriv kort hvorfor, når du vælger »Andet«",
  volunteerNotAvailable:
    "Den frivillige kan ikke tage besøget: vælg en aktiv frivillig fra jeres forening med tavshedserklæring, gyldig straffeattest og plads til flere.",
  offerWithoutFittingVolunteer:
    "Ingen af foreningens frivillige opfylder kravene til borgeren. Bed foreningen om at tilbyde en bestemt frivillig.",
  volunteerBreaksRule: (reason: string) => `Den frivillige passer ikke til borgeren: ${reason}`,
  proposalWithoutConsent:
    "Borgeren har trukket samtykket til deling med foreninger tilbage. Forslaget kan kun afvises – kontakt koordinatoren.",
  firstVisitNotAllowed: "Første besøg kan kun bekræftes for et accepteret forslag, som borgeren ikke har sagt nej til.",
  offerNotOpen: "Tilbuddet er ikke længere åbent. Siden er opdateret.",
  citizenNotWaiting: "Borgeren står ikke længere på ventelisten. Siden er opdateret.",
  offerAlreadyOpen: "I har allerede et åbent tilbud til borgeren.",
  offerBreaksRule: (reason: string) => `Tilbuddet kan ikke bruges: ${reason}`,
  waitingListFilterInvalid: "Filteret på ventelisten kunne ikke læses. Vælg filtrene igen.",
  replyExpired:
    "Linket er udløbet eller findes ikke. Ring til din kontaktperson, hvis du vil svare.",
  replyCodeUnknown: "Vi kender ikke den kode. Tjek koden i brevet og prøv igen.",
  replyCodeLocked:
    "Der er tastet forkerte koder for mange gange. Prøv igen om en time, eller ring til din kontaktperson.",
  replyCodePaused:
    "Vi kan ikke tage imod koder lige nu. Prøv igen om en time, brug linket eller QR-koden i brevet, eller ring til din kontaktperson.",
  answerNotUnseen: "Svaret er allerede markeret som set. Siden er opdateret.",
  serverError: "Der skete en fejl hos os. Prøv igen om lidt.",
  taskTitle: "Skriv hvad der skal tages hånd om (2 til 120 tegn)",
  taskOwner: "Skriv hvem der tager sig af det (2 til 80 tegn)",
  taskNotFound: "Opgaven findes ikke længere. Siden er opdateret.",
  lonelinessItem: "Vælg et svar til spørgsmålet",
  lonelinessContext: "Vælg hvornår målingen er taget",
  closeReasonRequired: "Vælg hvorfor forløbet afsluttes.",
  followUpNotOpen: "Opfølgningen findes ikke eller er allerede registreret.",
  followUpBeforeStart: "En opfølgning kan først registreres, når borgeren er i forløb.",
  evaluationRequired: "Skriv hvad borgeren selv siger om forløbet",
  wellbeingRequired: "Vælg hvordan det går, med borgerens egne ord",
  outcomeRequired: "Vælg om forløbet fortsætter eller afsluttes",
  chooseFollowUp: "Vælg en opfølgning",
  unknownStep: "Det trin findes ikke. Vælg et af trinene i oversigten.",
  worklistFilterInvalid: "Filteret på arbejdslisten kunne ikke læses. Vælg filtrene igen.",
  expiryAfterStart: "Udløbsdatoen skal ligge på eller efter startdatoen",
  month: "Vælg en måned som åååå-mm, fx 2026-11",
  clipsNotEnough: (left: number) =>
    left === 0 ? "Der er ingen klip tilbage på datoen" : `Der er kun ${left} klip tilbage på datoen`,
  clipsBeforeStart: (start: string) => `Klippekortet gælder først fra ${start}`,
  clipsExpired: (expiry: string) => `Klippekortet udløb ${expiry}. Der kan ikke registreres klip efter udløb.`,
  noClipGrant: "Borgeren har ikke et klippekort endnu. Bevilg klip først.",
  clipGrantDoesNotCoverUses:
    "Den nye bevilling dækker ikke de klip, der allerede er brugt. Ret antal, datoer eller loft.",
  pathwayStepChanged: "Forløbet er ikke længere på det trin, du så. Siden er opdateret – prøv igen.",
  readOnly: "Du kan se, men ikke ændre, borgerens forløb. Det gør en fællesskabskoordinator.",
  nextStepDueWithoutStep: "Skriv det aftalte næste skridt, eller fjern fristen",
  nextStepNotOpen: "Det næste skridt er allerede markeret som gjort.",
  chooseActivity: "Vælg en aktivitet",
  chooseAttended: "Vælg, om borgeren deltog",
  enrolmentNotActive: "Tilmeldingen er allerede afsluttet eller findes ikke længere.",
  noContactPerson: "Borgeren har ingen fast kontaktperson endnu. Vælg en under Kontaktperson.",
  chooseContactPerson: "Vælg en fællesskabskoordinator fra kommunen",
  photoMissing: "Vælg et billede",
  photoTooLarge: "Billedet fylder for meget. Vælg et billede på højst 2 MB.",
  photoType: "Billedet skal være et JPEG- eller PNG-billede, fx et foto fra telefonen.",
  catalogueNearUnknown: (near: string) =>
    `Vi kunne ikke finde »${near}«. Skriv en adresse eller et postnummer med fire cifre, fx 7800. Listen viser alle afstande.`,
  catalogueFilterDropped: "Noget i linket kunne ikke læses og er sprunget over. Vælg gerne filtrene igen.",
  activityNotFound: "Vi kan ikke finde aktiviteten. Linket kan være forkert, eller aktiviteten kan være fjernet.",
  associationNotFound: "Vi kan ikke finde foreningen. Linket kan være forkert.",
  addressQuery: "Skriv mindst 3 og højst 100 tegn for at søge efter en adresse",
  addressSearchUnavailable: "Adressesøgning er ikke tilgængelig lige nu – skriv adressen og koordinaterne selv",
  chooseRepeat: "Vælg hvor tit aktiviteten gentages",
  firstDateInPast: "Den første dato må ikke ligge før i dag",
  lastDateBeforeFirst: "Den sidste dato må ikke ligge før den første dato",
  firstDateNotInRepeat: (ordinal: string, weekday: string) =>
    `Den første dato skal være den ${ordinal} ${weekday} i en måned`,
  cancelReasonRequired: "Skriv kort, hvorfor aktiviteten aflyses (3 til 300 tegn)",
  activityCancelled: "Aktiviteten er aflyst. Genåbn den, før du ændrer datoer.",
  dateNotPlanned: "Aktiviteten er ikke planlagt den dato. Vælg en af datoerne på listen.",
  datePassed: "Datoen er allerede passeret og kan ikke ændres",
  moveToPast: "Den nye dato må ikke ligge før i dag",
  moveChangesNothing: "Vælg en anden dato eller et andet tidspunkt end det planlagte",
  logoMissing: "Vælg en fil med logoet",
  logoTooLarge: "Logoet fylder for meget. Vælg en fil på højst 1 MB.",
  logoType: "Logoet skal være et JPEG- eller PNG-billede.",
  website: "Skriv en hjemmesideadresse, fx www.forening.dk",
  associationName: "Skriv foreningens navn (2 til 120 tegn)",
  chooseRole: "Vælg hvad personen skal kunne",
  readOnlyAssociation: "Du kan se foreningens side, men kun foreningsredaktører kan ændre den.",
  inviteEmailTaken: "Der er allerede en bruger med den e-mail. Personen kan logge ind med den.",
  choosePairs: "Sæt kryds ved mindst ét forslag, der skal sendes",
  weightsSum: "Vægtene skal tilsammen give 100 %",
  volunteerHasLogin: "Den frivillige har allerede sit eget login.",
  volunteerEmailTaken: "Der er allerede en bruger med den frivilliges e-mail. Ret e-mailen, eller bed den frivillige logge ind.",
  inviteAlreadySent: "Personen har allerede en invitation, der venter. Send den igen fra listen, hvis den er væk.",
  invitationClosed: "Invitationen er allerede brugt eller trukket tilbage. Siden er opdateret.",
  volunteerStatus: "Vælg aktiv, på pause eller stoppet",
  volunteerNotFound: "Den frivillige findes ikke, eller hører til en anden forening.",
  volunteerFilterInvalid: "Filteret på listen kunne ikke læses. Vælg filtrene igen.",
  noOwnVolunteerProfile:
    "Dit login er ikke knyttet til en frivilligprofil. Kontakt foreningen, der har inviteret dig.",
  volunteerEnded: "Din profil er afsluttet. Kontakt foreningen, hvis du vil være frivillig igen.",
  csvFileMissing: "Vælg en CSV-fil",
  csvTooLarge: "Filen er for stor. Den må højst fylde 1 MB – del den op i flere filer.",
  csvTooManyRows: (rows: number, max: number) =>
    `Filen har ${rows} rækker. Der kan højst importeres ${max} ad gangen – del den op i flere filer.`,
  csvUnreadable:
    "Filen kunne ikke læses som CSV. Gem den i Excel som »CSV UTF-8 (semikolonsepareret)« og prøv igen.",
  csvEmpty: "Filen har ingen rækker med frivillige under overskrifterne.",
  csvMissingColumns: (headers: readonly string[]) =>
    `Filen mangler ${headers.length === 1 ? "kolonnen" : "kolonnerne"} ${headers.map((h) => `»${h}«`).join(", ")}. Hent skabelonen og brug dens overskrifter.`,
  csvTooManyCells: "Rækken har flere felter end der er overskrifter",
  csvDuplicateEmail: (row: number) => `E-mailen står også i række ${row}`,
  csvAmbiguousEmail: "Flere frivillige i foreningen har denne e-mail. Ret dem i listen først.",
  csvPlanChanged:
    "Foreningens frivillige eller filen har ændret sig siden forhåndsvisningen. Se den nye forhåndsvisning og importér igen.",
  csvNothingToImport: "Der er ingen gyldige rækker at importere. Ret fejlene i filen og prøv igen.",
  emailNotFound: "E-mailen findes ikke, eller den handler ikke om en borger i din kommune.",
  emailResendNoAddress:
    "Borgeren har ikke længere en e-mailadresse, eller vil have brev. Ret kontaktoplysningerne på borgeren først.",
  emailAlreadyResent: "E-mailen er allerede sendt igen. Listen er opdateret.",
} as const;

/** Why a citizen could not be signed up for an activity. */
export function enrolmentRefusalMessage(refusal: EnrolmentRefusal): string {
  switch (refusal) {
    case "full":
      return "Aktiviteten er fuld. Vælg en anden, eller spørg foreningen, om der kan blive plads.";
    case "already_enrolled":
      return "Borgeren er allerede tilmeldt aktiviteten.";
    case "not_active":
      return "Aktiviteten er aflyst og kan ikke tilmeldes.";
  }
}

/** Why the pathway state machine refused a step, in words a coordinator understands. */
export function pathwayRefusalMessage(refusal: Refusal): string {
  switch (refusal.code) {
    case "same_step":
      return "Borgeren er allerede på det trin.";
    case "not_allowed":
      return `Et forløb kan ikke gå fra »${citizenStatusLabels[refusal.from]}« til »${citizenStatusLabels[refusal.to]}«.`;
    case "role":
      return `Din rolle kan ikke flytte forløbet til »${citizenStatusLabels[refusal.to]}«.`;
    case "close_reason_required":
      return messages.closeReasonRequired;
  }
}
