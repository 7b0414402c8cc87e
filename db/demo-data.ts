// The static lists behind the fictional demo (db/seed.ts): Demo Kommune, placed in
// and around Skive in northwestern Jutland, with two associations, their activities
// and volunteers, and older citizens at every step of the pathway.
//
// Everything here is invented. Street names are ordinary Danish street names and the
// coordinates are plausible points in the named towns; no person, phone number or
// address is taken from real life or from the practice descriptions in seeds/.
// Only values from app/domain/vocabulary.ts are used, so the forms and the matching
// rules understand every row.
import type { Weekday } from "../app/domain/vocabulary";
import type { ActivityInput } from "../app/forms/activity";
import type { CitizenInput } from "../app/forms/citizen";
import type { VolunteerInput } from "../app/forms/volunteer";
import type { CitizenRow, CloseReason, FollowUpKind, ReferralSource, Role } from "./schema";
import type { ReferralSign } from "../app/domain/pathway/referral-signs";

/** The one password of every demo login; README lists the logins. */
export const DEMO_PASSWORD = "demo-adgang-2026";

// ---------------------------------------------------------------------------------
// Places

export type TownKey =
  "skive" | "hoejslev" | "stoholm" | "balling" | "roslev" | "durup" | "vinderup";

export interface Town {
  /** The town itself, printed as the locality line when it differs from the post town. */
  name: string;
  postcode: string;
  /** The post town (postdistrikt) belonging to the postcode. */
  city: string;
  /** A point on land inside the town, around which homes are spread. */
  lat: number;
  lng: number;
  /** How far (degrees) homes are spread around the point; kept small near the fjord. */
  spread: { lat: number; lng: number };
}

// Skive and the villages around it, 8–20 km apart, so distances vary: some citizens
// live next door to an activity, others beyond the municipality's 10 km limit.
export const towns: Record<TownKey, Town> = {
  skive: {
    name: "Skive",
    postcode: "7800",
    city: "Skive",
    lat: 56.5605,
    lng: 9.0215,
    spread: { lat: 0.006, lng: 0.011 },
  },
  hoejslev: {
    name: "Højslev",
    postcode: "7840",
    city: "Højslev",
    lat: 56.5655,
    lng: 9.1655,
    spread: { lat: 0.003, lng: 0.006 },
  },
  stoholm: {
    name: "Stoholm",
    postcode: "7850",
    city: "Stoholm Jyll",
    lat: 56.4852,
    lng: 9.1468,
    spread: { lat: 0.004, lng: 0.007 },
  },
  balling: {
    name: "Balling",
    postcode: "7860",
    city: "Spøttrup",
    lat: 56.6392,
    lng: 8.8788,
    spread: { lat: 0.003, lng: 0.006 },
  },
  roslev: {
    name: "Roslev",
    postcode: "7870",
    city: "Roslev",
    lat: 56.7003,
    lng: 8.9812,
    spread: { lat: 0.004, lng: 0.007 },
  },
  durup: {
    name: "Durup",
    postcode: "7870",
    city: "Roslev",
    lat: 56.7442,
    lng: 8.9523,
    spread: { lat: 0.003, lng: 0.006 },
  },
  vinderup: {
    name: "Vinderup",
    postcode: "7830",
    city: "Vinderup",
    lat: 56.4811,
    lng: 8.7786,
    spread: { lat: 0.004, lng: 0.007 },
  },
};

/** "Skolegade 9, Balling" where the village has no post town of its own. */
export function streetAddress(town: Town, street: string): string {
  return town.name === town.city || town.city.startsWith(town.name)
    ? street
    : `${street}, ${town.name}`;
}

// ---------------------------------------------------------------------------------
// Organisations and logins

export const municipality = {
  name: "Demo Kommune",
  department: "Fællesskab og Aktivitet",
  addressLines: ["Torvegade 3", "7800 Skive"],
  phone: "97102030",
  /** Made up, but passes the CVR register's modulus-11 check, as Digital Post's validation does. */
  cvr: "12345674",
  maxDistanceKm: 10,
  straffeattestMaxAgeMonths: 24,
};

export type AssociationKey = "aeldresagen" | "roedekors";

export const associations: Record<
  AssociationKey,
  { name: string; description: string; email: string; phone: string; contactName: string; area: string; website: string }
> = {
  aeldresagen: {
    name: "Ældre Sagen Demo Lokalafdeling",
    description:
      "Lokalafdelingen har omkring 60 frivillige, der er besøgsvenner, spiller kort, går ture og hjælper med tablets. Vi vil gerne, at ingen ældre i kommunen skal føle sig alene.",
    email: "kontakt@aeldresagen-demo.dk",
    phone: "97102110",
    contactName: "Hanne Lykke, formand",
    area: "Skive by, Balling og Stoholm",
    website: "https://aeldresagen-demo.dk",
  },
  roedekors: {
    name: "Røde Kors Demo Afdeling",
    description:
      "Røde Kors-afdelingen driver besøgstjeneste, fællesspisning og sprogcafé. Vores frivillige taler mange sprog og kommer gerne hjem til dig.",
    email: "kontakt@roedekors-demo.dk",
    phone: "97102220",
    contactName: "Jamal Rahimi, besøgskoordinator",
    area: "Hele Demo Kommune",
    website: "https://roedekors-demo.dk",
  },
};

export interface DemoUser {
  key: string;
  role: Role;
  email: string;
  name: string;
  phone?: string;
  association?: AssociationKey;
  /** Shown next to the login in README. */
  note: string;
  /** On the contact card a coordinator leaves with the citizen. */
  contactHours?: string;
}

export const users: DemoUser[] = [
  {
    key: "admin",
    role: "admin",
    email: "admin@demo-kommune.dk",
    name: "Birgitte Holm",
    note: "Administrator i Demo Kommune: brugere, foreninger, udbakke og indstillinger.",
  },
  {
    key: "coordinator",
    role: "coordinator",
    email: "koordinator@demo-kommune.dk",
    name: "Lene Dalgaard",
    phone: "97102041",
    contactHours: "Hverdage kl. 8.30–15.00",
    note: "Fællesskabskoordinator og fast kontaktperson for de fleste borgere: screening, forslag til match og opfølgning.",
  },
  {
    key: "coordinator2",
    role: "coordinator",
    email: "koordinator2@demo-kommune.dk",
    name: "Rasmus Kjeldsen",
    phone: "97102042",
    contactHours: "Mandag–torsdag kl. 8.00–15.30, fredag kl. 8.00–12.00",
    note: "Den anden fællesskabskoordinator; kontaktperson for resten af borgerne.",
  },
  {
    key: "homecare",
    role: "homecare",
    email: "hjemmepleje@demo-kommune.dk",
    name: "Dorthe Kvist",
    note: "Hjemmeplejen: henviser borgere og ser status på egne henvisninger.",
  },
  {
    key: "bridge_aeldresagen",
    role: "bridge_builder",
    email: "tovholder@aeldresagen-demo.dk",
    name: "Hanne Skovgaard",
    phone: "97102111",
    association: "aeldresagen",
    note: "Frivillighedstovholder i Ældre Sagen: tager imod forslag om match og introducerer den frivillige.",
  },
  {
    key: "bridge_roedekors",
    role: "bridge_builder",
    email: "tovholder@roedekors-demo.dk",
    name: "Jakob Friis",
    phone: "97102221",
    association: "roedekors",
    note: "Frivillighedstovholder i Røde Kors: tager imod forslag om match og introducerer den frivillige.",
  },
  {
    key: "association_aeldresagen",
    role: "association",
    email: "forening@aeldresagen-demo.dk",
    name: "Karin Bech",
    association: "aeldresagen",
    note: "Foreningsredaktør i Ældre Sagen: opretter aktiviteter og frivillige.",
  },
  {
    key: "association_roedekors",
    role: "association",
    email: "forening@roedekors-demo.dk",
    name: "Nadia Lauridsen",
    association: "roedekors",
    note: "Foreningsredaktør i Røde Kors: opretter aktiviteter og frivillige.",
  },
  {
    key: "volunteer",
    role: "volunteer",
    email: "frivillig@aeldresagen-demo.dk",
    name: "Mette Lund",
    association: "aeldresagen",
    note: "Frivillig besøgsven i Ældre Sagen (samme e-mail som hendes frivilligprofil).",
  },
];

// ---------------------------------------------------------------------------------
// Activities

// The first date is set when seeding (a year back, on the activity's weekday), so the
// demo always has a history and coming dates; the weekday stands in for it here.
export type DemoActivity = Omit<
  ActivityInput,
  "address" | "postcode" | "city" | "startsOn" | "endsOn" | "repeat" | "seating" | "parking"
> &
  Partial<Pick<ActivityInput, "repeat" | "seating" | "parking">> & {
    association: AssociationKey;
    town: TownKey;
    street: string;
    weekday: Weekday;
    /** Cancels the meeting in the coming Christmas week, with this note. */
    christmasBreak?: string;
  };

export const activities: DemoActivity[] = [
  {
    association: "aeldresagen",
    title: "Kortklub i Medborgerhuset",
    description:
      "Vi spiller whist, rummy og kasino i hyggelige rammer. Nye spillere er meget velkomne – vi lærer gerne fra os, og der er altid kaffe på kanden.",
    interests: ["kortspil", "kaffe og snak"],
    languages: ["da"],
    weekday: "mon",
    startTime: "13:30",
    endTime: "16:00",
    town: "skive",
    street: "Nørregade 34",
    lat: 56.5672,
    lng: 9.0248,
    stepFree: true,
    hearingLoop: false,
    accessibleToilet: true,
    transport: false,
    price: 0,
    capacity: 24,
    seating: true,
    parking: true,
    targetGroup: "For alle, der kan lide kortspil – også hvis det er mange år siden",
    hostName: "Poul Mikkelsen",
    hostPhone: "40112233",
    christmasBreak: "Juleferie",
  },
  {
    association: "aeldresagen",
    title: "Gåtur langs fjorden",
    description:
      "En rolig gåtur på 3–4 km ad stien langs Skive Å og fjorden. Vi går i et tempo, hvor alle kan følge med, og slutter af med en kop kaffe. Vi mødes ved indgangen til parken.",
    interests: ["gåture", "natur", "bevægelse"],
    languages: ["da"],
    weekday: "wed",
    startTime: "10:00",
    endTime: "11:30",
    town: "skive",
    street: "Søndre Boulevard 2",
    lat: 56.5618,
    lng: 9.0312,
    stepFree: true,
    hearingLoop: false,
    accessibleToilet: false,
    transport: false,
    price: 0,
    capacity: 30,
    repeat: "every-2-weeks",
    hostName: "Grethe Vestergaard",
  },
  {
    association: "roedekors",
    title: "Fællesspisning torsdag",
    description:
      "Hver torsdag laver frivillige et godt måltid mad, og vi spiser sammen ved lange borde. Har du svært ved at komme af sted, henter vores bus dig hjemme. Salen har teleslynge.",
    interests: ["fællesspisning", "madlavning", "kaffe og snak"],
    languages: ["da"],
    weekday: "thu",
    startTime: "17:30",
    endTime: "19:30",
    town: "skive",
    street: "Jernbanegade 6",
    lat: 56.5631,
    lng: 9.0226,
    stepFree: true,
    hearingLoop: true,
    accessibleToilet: true,
    transport: true,
    price: 40,
    capacity: 40,
    seating: true,
    parking: true,
    hostName: "Anders Bundgaard",
    hostPhone: "51667788",
  },
  {
    association: "aeldresagen",
    title: "Syng sammen – fællessang for alle",
    description:
      "Vi synger fra Højskolesangbogen og gamle slagere til klaver. Du behøver ikke kunne synge – bare have lyst. Der er teleslynge, og der er plads til kørestole.",
    interests: ["sang", "musik"],
    languages: ["da"],
    weekday: "tue",
    startTime: "10:00",
    endTime: "11:30",
    town: "skive",
    street: "Frederiksgade 5",
    lat: 56.5651,
    lng: 9.0279,
    stepFree: true,
    hearingLoop: true,
    accessibleToilet: true,
    transport: false,
    price: 0,
    capacity: 35,
  },
  {
    association: "roedekors",
    title: "Strikkecafé i Højslev",
    description:
      "Tag dit strikketøj eller hæklearbejde med, eller få hjælp til at komme i gang. Vi strikker også tæpper og huer, som Røde Kors giver videre. Der er to trin op til lokalet.",
    interests: ["håndarbejde", "kaffe og snak"],
    languages: ["da"],
    weekday: "tue",
    startTime: "13:00",
    endTime: "15:30",
    town: "hoejslev",
    street: "Stationsvej 14",
    lat: 56.5659,
    lng: 9.1648,
    stepFree: false,
    hearingLoop: false,
    accessibleToilet: false,
    transport: false,
    price: 0,
    capacity: 14,
  },
  {
    association: "aeldresagen",
    title: "Bridge for begyndere og øvede",
    description:
      "Vi spiller bridge hver torsdag formiddag. Begyndere får en fast makker og en rolig start. Prisen dækker kaffe og rundstykker.",
    interests: ["bridge", "kortspil"],
    languages: ["da"],
    weekday: "thu",
    startTime: "09:30",
    endTime: "12:00",
    town: "skive",
    street: "Nørregade 34",
    lat: 56.5672,
    lng: 9.0248,
    stepFree: true,
    hearingLoop: false,
    accessibleToilet: true,
    transport: false,
    price: 25,
    capacity: 20,
  },
  {
    association: "roedekors",
    title: "Besøgscafé i Stoholm",
    description:
      "Kaffe, hjemmebag og en god snak fredag eftermiddag. Nogle spiller kort, andre snakker. Vores frivillige chauffører henter dig gerne hjemme i Stoholm og omegn.",
    interests: ["kaffe og snak", "kortspil"],
    languages: ["da"],
    weekday: "fri",
    startTime: "14:00",
    endTime: "16:00",
    town: "stoholm",
    street: "Hovedgaden 22",
    lat: 56.4857,
    lng: 9.1461,
    stepFree: true,
    hearingLoop: true,
    accessibleToilet: true,
    transport: true,
    price: 0,
    capacity: 25,
  },
  {
    association: "aeldresagen",
    title: "IT-café: hjælp til tablet og MitID",
    description:
      "Få hjælp til din tablet eller telefon: billeder fra børnebørnene, videoopkald, MitID og Digital Post. Frivillige sidder klar, og der er god tid til spørgsmål.",
    interests: ["it og tablet"],
    languages: ["da", "en"],
    weekday: "wed",
    startTime: "13:00",
    endTime: "15:00",
    town: "skive",
    street: "Kirkegade 8",
    lat: 56.5659,
    lng: 9.0301,
    stepFree: true,
    hearingLoop: true,
    accessibleToilet: true,
    transport: false,
    price: 0,
    capacity: 10,
    repeat: "every-2-weeks",
    seating: true,
    targetGroup: "For dig, der gerne vil lære din tablet eller telefon bedre at kende",
  },
  {
    association: "roedekors",
    title: "Fælleshaven i Balling",
    description:
      "Første mandag i måneden passer vi køkkenhave og blomsterbede sammen og deler høsten. Højbedene gør det muligt at være med, selvom knæene driller. Der er handsker, redskaber og kaffe.",
    interests: ["havearbejde", "natur"],
    languages: ["da"],
    weekday: "mon",
    startTime: "10:00",
    endTime: "12:00",
    town: "balling",
    street: "Skolegade 9",
    lat: 56.6397,
    lng: 8.8801,
    stepFree: false,
    hearingLoop: false,
    accessibleToilet: false,
    transport: false,
    price: 0,
    capacity: 12,
    repeat: "monthly-1",
  },
  {
    association: "aeldresagen",
    title: "Motion for seniorer i Roslev",
    description:
      "Blid motion på stol og på gulv til god musik. Vi styrker balance og muskler, så hverdagen bliver lettere – og bagefter drikker vi kaffe sammen.",
    interests: ["bevægelse", "sport", "musik"],
    languages: ["da"],
    weekday: "fri",
    startTime: "10:00",
    endTime: "11:00",
    town: "roslev",
    street: "Vestergade 12",
    lat: 56.7009,
    lng: 8.9794,
    stepFree: true,
    hearingLoop: false,
    accessibleToilet: true,
    transport: false,
    price: 20,
    capacity: 18,
  },
  {
    association: "roedekors",
    title: "Søndagsfilm med kaffe",
    description:
      "En god film på det store lærred hver søndag eftermiddag – danske klassikere og nyere film. Bagefter er der kaffe og en snak om, hvad vi har set.",
    interests: ["film", "kaffe og snak"],
    languages: ["da"],
    weekday: "sun",
    startTime: "14:00",
    endTime: "16:30",
    town: "skive",
    street: "Adelgade 18",
    lat: 56.5664,
    lng: 9.0269,
    stepFree: true,
    hearingLoop: true,
    accessibleToilet: true,
    transport: false,
    price: 50,
    capacity: 40,
  },
  {
    association: "aeldresagen",
    title: "Fortællecafé om lokalhistorie",
    description:
      "Vi mødes og fortæller om, hvordan egnen så ud i gamle dage. Der er gamle fotos at kigge på, og alle har noget at bidrage med. Lokalet har teleslynge, men der er trapper.",
    interests: ["historie", "litteratur", "kaffe og snak"],
    languages: ["da"],
    weekday: "tue",
    startTime: "14:00",
    endTime: "16:00",
    town: "vinderup",
    street: "Søndergade 7",
    lat: 56.4807,
    lng: 8.7791,
    stepFree: false,
    hearingLoop: true,
    accessibleToilet: false,
    transport: false,
    price: 0,
    capacity: 20,
  },
  {
    association: "roedekors",
    title: "Sprogcafé og fællesskab på tværs",
    description:
      "Et mødested for ældre med dansk og andre modersmål. Vi laver mad fra hinandens køkkener, snakker og øver dansk til hverdagen. Frivillige taler blandt andet arabisk, tyrkisk og ukrainsk.",
    interests: ["madlavning", "kaffe og snak", "håndarbejde"],
    languages: ["da", "ar", "tr", "uk"],
    weekday: "thu",
    startTime: "10:00",
    endTime: "12:00",
    town: "skive",
    street: "Jernbanegade 6",
    lat: 56.5631,
    lng: 9.0226,
    stepFree: true,
    hearingLoop: false,
    accessibleToilet: true,
    transport: false,
    price: 0,
    capacity: 16,
  },
  {
    association: "aeldresagen",
    title: "Rickshawture i det fri",
    description:
      "Frivillige cykler dig en tur i rickshaw langs åen og ud i naturen. Vi henter dig ved døren, og der er tæpper og regnslag i cyklen. En tur varer cirka en time.",
    interests: ["cykling", "natur"],
    languages: ["da"],
    weekday: "sat",
    startTime: "10:00",
    endTime: "12:00",
    town: "skive",
    street: "Søndre Boulevard 2",
    lat: 56.5618,
    lng: 9.0312,
    stepFree: true,
    hearingLoop: false,
    accessibleToilet: false,
    transport: true,
    price: 0,
    capacity: 8,
  },
  {
    association: "roedekors",
    title: "Billardaften i Durup",
    description:
      "Billard, kaffe og en sodavand i klubhuset. Vi spiller for hyggens skyld, og der er altid nogen at spille med. Prisen går til kaffe og kage.",
    interests: ["billard", "kaffe og snak"],
    languages: ["da"],
    weekday: "wed",
    startTime: "19:00",
    endTime: "21:30",
    town: "durup",
    street: "Søndergade 3",
    lat: 56.7446,
    lng: 8.9531,
    stepFree: false,
    hearingLoop: false,
    accessibleToilet: false,
    transport: false,
    price: 10,
    capacity: 12,
  },
  {
    association: "aeldresagen",
    title: "Kirkekaffe og salmesang",
    description:
      "Efter gudstjenesten synger vi et par salmer mere og drikker kaffe i sognehuset. Kirkebilen kører gratis – ring til kirkekontoret dagen før.",
    interests: ["kirke", "sang", "kaffe og snak"],
    languages: ["da"],
    weekday: "sun",
    startTime: "10:00",
    endTime: "12:00",
    town: "hoejslev",
    street: "Kirkevej 4",
    lat: 56.5668,
    lng: 9.1629,
    stepFree: true,
    hearingLoop: true,
    accessibleToilet: false,
    transport: true,
    price: 0,
    capacity: 30,
  },
];

// ---------------------------------------------------------------------------------
// Volunteers

/**
 * How far the volunteer is through vetting: `vetted` has a signed tavshedserklæring
 * and a recent straffeattest; the others show up among the "excluded" in matching.
 */
export type Vetting =
  "vetted" | "straffeattest-expired" | "no-straffeattest" | "no-tavshedserklaering";

export type DemoVolunteer = Omit<
  VolunteerInput,
  "email" | "phone" | "area" | "lat" | "lng" | "tavshedserklaeringSignedOn" | "straffeattestDate"
> & {
  association: AssociationKey;
  town: TownKey;
  /** Defaults to firstname.lastname@example.dk. */
  email?: string;
  vetting: Vetting;
  paused?: boolean;
};

export const volunteers: DemoVolunteer[] = [
  // Ældre Sagen
  {
    association: "aeldresagen",
    firstName: "Mette",
    lastName: "Lund",
    email: "frivillig@aeldresagen-demo.dk",
    gender: "female",
    interests: ["kaffe og snak", "havearbejde", "gåture"],
    languages: ["da", "en"],
    slots: ["mon-am", "tue-pm", "thu-pm"],
    town: "skive",
    radiusKm: 8,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Jørgen",
    lastName: "Thomsen",
    gender: "male",
    interests: ["kortspil", "fiskeri", "historie"],
    languages: ["da"],
    slots: ["tue-am", "wed-pm", "fri-am"],
    town: "skive",
    radiusKm: 10,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Lone",
    lastName: "Mikkelsen",
    gender: "female",
    interests: ["håndarbejde", "kaffe og snak", "litteratur"],
    languages: ["da"],
    slots: ["mon-pm", "wed-pm", "thu-am"],
    town: "hoejslev",
    radiusKm: 12,
    capacity: 1,
    car: true,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Peter",
    lastName: "Riis",
    gender: "male",
    interests: ["sport", "cykling", "bevægelse"],
    languages: ["da", "en", "de"],
    slots: ["tue-pm", "thu-pm", "sat-am"],
    town: "skive",
    radiusKm: 6,
    capacity: 2,
    car: false,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Susanne",
    lastName: "Krogh",
    gender: "female",
    interests: ["havearbejde", "natur", "madlavning"],
    languages: ["da"],
    slots: ["mon-am", "wed-am", "fri-am"],
    town: "balling",
    radiusKm: 15,
    capacity: 3,
    car: true,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Niels",
    lastName: "Overgaard",
    gender: "male",
    interests: ["historie", "kirke", "musik"],
    languages: ["da"],
    slots: ["tue-am", "thu-am", "sun-pm"],
    town: "roslev",
    radiusKm: 20,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Sabine",
    lastName: "Krüger",
    gender: "female",
    interests: ["kunst", "litteratur", "kaffe og snak"],
    languages: ["de", "da", "en"],
    slots: ["wed-pm", "fri-pm"],
    town: "skive",
    radiusKm: 5,
    capacity: 1,
    car: false,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Anders",
    lastName: "Holt",
    gender: "male",
    interests: ["it og tablet", "film", "kaffe og snak"],
    languages: ["da", "en"],
    slots: ["mon-pm", "wed-eve", "thu-pm"],
    town: "skive",
    radiusKm: 10,
    capacity: 2,
    car: true,
    vetting: "straffeattest-expired",
  },
  {
    association: "aeldresagen",
    firstName: "Tina",
    lastName: "Vestergaard",
    gender: "female",
    interests: ["gåture", "sang", "kaffe og snak"],
    languages: ["da"],
    slots: ["tue-pm", "thu-am", "fri-pm"],
    town: "stoholm",
    radiusKm: 10,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Kristian",
    lastName: "Dahl",
    gender: "male",
    interests: ["fiskeri", "natur", "gåture"],
    languages: ["da"],
    slots: ["mon-am", "wed-am", "sat-am"],
    town: "vinderup",
    radiusKm: 15,
    capacity: 1,
    car: true,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Ida",
    lastName: "Nørgaard",
    gender: "female",
    interests: ["musik", "dans", "sang"],
    languages: ["da", "en"],
    slots: ["tue-pm", "wed-pm", "sun-pm"],
    town: "skive",
    radiusKm: 4,
    capacity: 1,
    car: false,
    vetting: "no-tavshedserklaering",
  },
  {
    association: "aeldresagen",
    firstName: "Birgit",
    lastName: "Hedegaard",
    gender: "female",
    interests: ["håndarbejde", "madlavning", "kirke"],
    languages: ["da"],
    slots: ["tue-am", "tue-pm", "thu-pm"],
    town: "durup",
    radiusKm: 15,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Henrik",
    lastName: "Juul",
    gender: "male",
    interests: ["billard", "kortspil", "sport"],
    languages: ["da"],
    slots: ["mon-pm", "wed-eve", "fri-pm"],
    town: "roslev",
    radiusKm: 12,
    capacity: 2,
    car: true,
    vetting: "vetted",
    paused: true,
  },
  {
    association: "aeldresagen",
    firstName: "Alex",
    lastName: "Winther",
    gender: "other",
    interests: ["film", "it og tablet", "kunst"],
    languages: ["da", "en"],
    slots: ["tue-eve", "thu-pm", "sat-pm"],
    town: "skive",
    radiusKm: 6,
    capacity: 1,
    car: false,
    vetting: "vetted",
  },
  {
    association: "aeldresagen",
    firstName: "Anne Grete",
    lastName: "Hvid",
    gender: "female",
    interests: ["kaffe og snak", "gåture", "håndarbejde"],
    languages: ["da"],
    slots: ["mon-am", "tue-pm", "wed-pm", "thu-am"],
    town: "skive",
    radiusKm: 5,
    capacity: 3,
    car: false,
    vetting: "vetted",
  },
  // Røde Kors
  {
    association: "roedekors",
    firstName: "Ayse",
    lastName: "Demir",
    gender: "female",
    interests: ["madlavning", "kaffe og snak", "håndarbejde"],
    languages: ["tr", "da"],
    slots: ["mon-pm", "wed-am", "thu-am"],
    town: "skive",
    radiusKm: 8,
    capacity: 2,
    car: false,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Omar",
    lastName: "Khalil",
    gender: "male",
    interests: ["gåture", "sport", "kaffe og snak"],
    languages: ["ar", "da", "en"],
    slots: ["tue-pm", "thu-pm", "sat-am"],
    town: "skive",
    radiusKm: 10,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Katarzyna",
    lastName: "Nowak",
    gender: "female",
    interests: ["havearbejde", "madlavning", "kirke"],
    languages: ["pl", "da", "en"],
    slots: ["mon-am", "wed-pm", "fri-am"],
    town: "hoejslev",
    radiusKm: 14,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Iryna",
    lastName: "Bondarenko",
    gender: "female",
    interests: ["håndarbejde", "musik", "kaffe og snak"],
    languages: ["uk", "en", "da"],
    slots: ["tue-am", "thu-pm"],
    town: "skive",
    radiusKm: 5,
    capacity: 1,
    car: false,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Lars",
    lastName: "Kjærgaard",
    gender: "male",
    interests: ["fiskeri", "historie", "natur"],
    languages: ["da"],
    slots: ["mon-am", "tue-am", "fri-am"],
    town: "balling",
    radiusKm: 18,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Camilla",
    lastName: "Brandt",
    gender: "female",
    interests: ["litteratur", "kunst", "kaffe og snak"],
    languages: ["da", "en"],
    slots: ["wed-pm", "fri-pm", "sun-pm"],
    town: "skive",
    radiusKm: 7,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Mads",
    lastName: "Kirkegaard",
    gender: "male",
    interests: ["it og tablet", "film", "kortspil"],
    languages: ["da", "en"],
    slots: ["mon-eve", "wed-eve", "thu-pm"],
    town: "stoholm",
    radiusKm: 12,
    capacity: 3,
    car: true,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Gitte",
    lastName: "Bak",
    gender: "female",
    interests: ["gåture", "bevægelse", "kaffe og snak"],
    languages: ["da"],
    slots: ["tue-am", "thu-am", "fri-pm"],
    town: "roslev",
    radiusKm: 10,
    capacity: 2,
    car: true,
    vetting: "straffeattest-expired",
  },
  {
    association: "roedekors",
    firstName: "Jesper",
    lastName: "Lindholm",
    gender: "male",
    interests: ["kortspil", "billard", "sport"],
    languages: ["da"],
    slots: ["mon-pm", "wed-pm", "thu-eve"],
    town: "durup",
    radiusKm: 15,
    capacity: 2,
    car: true,
    vetting: "no-straffeattest",
  },
  {
    association: "roedekors",
    firstName: "Sofie",
    lastName: "Bruun",
    gender: "female",
    interests: ["dans", "musik", "bevægelse"],
    languages: ["da", "en", "de"],
    slots: ["tue-pm", "sat-am", "sun-pm"],
    town: "skive",
    radiusKm: 3,
    capacity: 1,
    car: false,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Morten",
    lastName: "Skytte",
    gender: "male",
    interests: ["havearbejde", "madlavning", "fællesspisning"],
    languages: ["da"],
    slots: ["mon-am", "wed-am", "thu-pm"],
    town: "vinderup",
    radiusKm: 20,
    capacity: 2,
    car: true,
    vetting: "no-tavshedserklaering",
  },
  {
    association: "roedekors",
    firstName: "Leila",
    lastName: "Hassan",
    gender: "female",
    interests: ["madlavning", "håndarbejde", "kaffe og snak"],
    languages: ["ar", "da"],
    slots: ["tue-pm", "wed-am", "thu-am"],
    town: "skive",
    radiusKm: 6,
    capacity: 2,
    car: false,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Poul Erik",
    lastName: "Bang",
    gender: "male",
    interests: ["kirke", "historie", "kortspil"],
    languages: ["da"],
    slots: ["tue-am", "wed-pm", "fri-am"],
    town: "hoejslev",
    radiusKm: 10,
    capacity: 2,
    car: true,
    vetting: "vetted",
    paused: true,
  },
  {
    association: "roedekors",
    firstName: "Rebecca",
    lastName: "Hughes",
    gender: "female",
    interests: ["gåture", "litteratur", "kunst"],
    languages: ["en", "da"],
    slots: ["mon-pm", "thu-am", "fri-pm"],
    town: "stoholm",
    radiusKm: 8,
    capacity: 1,
    car: false,
    vetting: "vetted",
  },
  {
    association: "roedekors",
    firstName: "Emre",
    lastName: "Aydin",
    gender: "male",
    interests: ["fiskeri", "sport", "kaffe og snak"],
    languages: ["tr", "da", "de"],
    slots: ["mon-pm", "wed-pm", "sat-am"],
    town: "skive",
    radiusKm: 10,
    capacity: 2,
    car: true,
    vetting: "vetted",
  },
];

// ---------------------------------------------------------------------------------
// Citizens

export type CitizenStatus = CitizenRow["status"];

export type DemoCitizen = Omit<
  CitizenInput,
  | "phone"
  | "email"
  | "contactChannel"
  | "address"
  | "postcode"
  | "city"
  | "lat"
  | "lng"
  | "consentToShare"
  | "narrative"
> & {
  town: TownKey;
  street: string;
  /** Citizens with an email address are contacted by email, the rest by letter. */
  email?: string;
  /**
   * Letter citizens have a (made-up) CPR number for Digital Post, except these: their
   * letter can only be printed, as for a citizen whose number was never noted.
   */
  withoutCpr?: true;
  consent: boolean;
  status: CitizenStatus;
  /** Which coordinator is the fixed contact person. */
  contact: "coordinator" | "coordinator2";
  /** Referred by the home-care login, so its "own referrals" list is not empty. */
  referredByHomecare?: boolean;
  /** When the pathway began, in days before the seed date. */
  daysAgo: number;
  narrative: string;
  /** Why a closed pathway was closed. */
  closeReason?: CloseReason;
};

// Citizens not yet screened (referred, contacted) have no interests or slots yet.
const notYetScreened: Pick<DemoCitizen, "interests" | "languages" | "slots" | "format" | "escort"> =
  {
    interests: [],
    languages: ["da"],
    slots: [],
    format: "either",
    escort: false,
  };

export const citizens: DemoCitizen[] = [
  // Screened: ready to match.
  {
    firstName: "Inger",
    lastName: "Mortensen",
    birthYear: 1941,
    town: "skive",
    street: "Nørregade 51",
    interests: ["kaffe og snak", "havearbejde", "gåture"],
    barriers: ["walker"],
    languages: ["da"],
    slots: ["mon-am", "tue-pm", "thu-pm"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    referredByHomecare: true,
    daysAgo: 41,
    narrative:
      "Enke gennem to år. Har altid haft en stor have og savner at have nogen at snakke med om den. Går dårligt og bruger rollator, men vil gerne ud at gå korte ture.",
  },
  {
    firstName: "Poul",
    lastName: "Kristensen",
    birthYear: 1938,
    town: "skive",
    street: "Resenvej 17",
    interests: ["kortspil", "fiskeri", "historie"],
    barriers: ["hearing"],
    languages: ["da"],
    slots: ["tue-am", "wed-pm", "fri-am"],
    format: "one_to_one",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 63,
    narrative:
      "Tidligere fisker. Hører dårligt i store forsamlinger og har derfor trukket sig fra foreningslivet. Vil gerne have én fast at spille kort og snakke lokalhistorie med.",
  },
  {
    firstName: "Fatma",
    lastName: "Yilmaz",
    birthYear: 1952,
    town: "skive",
    street: "Viborgvej 28",
    interests: ["madlavning", "kaffe og snak", "håndarbejde"],
    barriers: ["language"],
    languages: ["tr"],
    slots: ["mon-pm", "wed-am", "thu-am"],
    format: "either",
    genderPreference: "female",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 35,
    narrative:
      "Kom til Danmark i 1978. Efter mandens død er hun meget alene, da børnene bor i Aarhus. Taler kun lidt dansk og ønsker en kvindelig besøgsven, gerne tyrkisktalende.",
  },
  {
    firstName: "Grethe",
    lastName: "Bundgaard",
    birthYear: 1936,
    town: "hoejslev",
    street: "Skolevej 6",
    email: "grethe.bundgaard@example.dk",
    interests: ["håndarbejde", "litteratur", "kaffe og snak"],
    barriers: ["anxiety"],
    languages: ["da"],
    slots: ["mon-pm", "wed-pm", "thu-am"],
    format: "one_to_one",
    genderPreference: "female",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 77,
    narrative:
      "Pensioneret bibliotekar. Bliver urolig i nye sammenhænge og vil derfor starte med én besøgsven hjemme. Måske en læsekreds senere, når hun er blevet tryg.",
  },
  {
    firstName: "Erik",
    lastName: "Damgaard",
    birthYear: 1944,
    town: "balling",
    street: "Vestergade 11",
    interests: ["havearbejde", "natur", "fiskeri"],
    barriers: [],
    languages: ["da"],
    slots: ["mon-am", "wed-am", "fri-am"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 28,
    narrative:
      "Har solgt gården og bor nu alene i byen. Savner at have jord under neglene og at være sammen med andre om noget praktisk.",
  },
  {
    firstName: "Kirsten",
    lastName: "Bisgaard",
    birthYear: 1939,
    town: "roslev",
    street: "Østergade 8",
    interests: ["historie", "kirke", "musik"],
    barriers: ["walker", "hearing"],
    languages: ["da"],
    slots: ["tue-am", "thu-am", "sun-pm"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 54,
    narrative:
      "Har sunget i kirkekor i mange år, men hørelsen og benene gør det svært nu. Glæder sig over besøg og fortæller gerne om Roslev i gamle dage.",
  },
  {
    firstName: "Ahmad",
    lastName: "Haddad",
    birthYear: 1948,
    town: "skive",
    street: "Brårupvej 42",
    interests: ["gåture", "kaffe og snak", "sport"],
    barriers: ["language", "transport"],
    languages: ["ar"],
    slots: ["tue-pm", "thu-pm", "sat-am"],
    format: "one_to_one",
    genderPreference: "male",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 22,
    narrative:
      "Bor alene efter skilsmisse; familien bor i udlandet. Har ikke bil og kommer sjældent ud. Vil gerne gå ture og snakke fodbold med en mand, der taler arabisk.",
  },
  {
    firstName: "Halina",
    lastName: "Kowalska",
    birthYear: 1950,
    town: "hoejslev",
    street: "Engvej 3",
    email: "halina.kowalska@example.dk",
    interests: ["havearbejde", "kirke", "madlavning"],
    barriers: [],
    languages: ["pl", "da"],
    slots: ["mon-am", "wed-pm", "fri-am"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 19,
    narrative:
      "Har arbejdet på slagteriet i mange år og gik på pension sidste år. Savner kollegerne og vil gerne lære nye mennesker at kende, gerne nogen der også taler polsk.",
  },
  {
    firstName: "Olena",
    lastName: "Kovalenko",
    birthYear: 1953,
    town: "skive",
    street: "Marienlundsvej 9",
    interests: ["håndarbejde", "musik"],
    barriers: ["language", "economy"],
    languages: ["uk", "en"],
    slots: ["tue-am", "thu-pm"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 46,
    narrative:
      "Kom fra Ukraine i 2022 og bor i en lille lejlighed. Datteren arbejder meget. Strikker og synger gerne, men har ikke råd til ting, der koster penge.",
  },
  {
    firstName: "Knud",
    lastName: "Sørensen",
    birthYear: 1935,
    town: "stoholm",
    street: "Vestergade 15",
    interests: ["kortspil", "kaffe og snak"],
    barriers: ["transport"],
    languages: ["da"],
    slots: ["fri-pm", "mon-eve", "wed-eve"],
    format: "group",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    referredByHomecare: true,
    daysAgo: 33,
    narrative:
      "Har afleveret kørekortet og sidder meget hjemme. Vil gerne ud blandt andre og spille kort, hvis han kan blive kørt.",
  },
  {
    firstName: "Edith",
    lastName: "Lauritsen",
    birthYear: 1933,
    town: "skive",
    street: "Asylgade 20",
    interests: ["sang", "musik", "kirke"],
    barriers: ["wheelchair"],
    languages: ["da"],
    slots: ["tue-am", "sun-am"],
    format: "group",
    escort: true,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 58,
    narrative:
      "Sidder i kørestol efter en blodprop. Har altid elsket at synge. Bevilget ledsagelse, så hun kan komme af sted med en hjælper.",
  },
  {
    firstName: "Bent",
    lastName: "Nørskov",
    birthYear: 1946,
    withoutCpr: true,
    town: "vinderup",
    street: "Nørregade 22",
    interests: ["historie", "litteratur", "fiskeri"],
    barriers: ["hearing"],
    languages: ["da"],
    slots: ["tue-pm", "mon-am", "wed-am"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 70,
    narrative:
      "Tidligere skolelærer med stor interesse for egnens historie. Høreapparat i begge ører. Kone på plejehjem, så dagene er lange.",
  },
  {
    firstName: "Ruth",
    lastName: "Kjeldgaard",
    birthYear: 1940,
    town: "skive",
    street: "Holstebrovej 61",
    interests: ["kortspil", "bridge", "kaffe og snak"],
    barriers: ["economy"],
    languages: ["da"],
    slots: ["mon-pm", "thu-am"],
    format: "group",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 25,
    narrative:
      "Har spillet bridge hele livet, men klubben lukkede. Lever af folkepension og skal tænke over hver en krone.",
  },
  {
    firstName: "Aage",
    lastName: "Villadsen",
    birthYear: 1937,
    town: "durup",
    street: "Vestergade 6",
    interests: ["billard", "kortspil", "sport"],
    barriers: [],
    languages: ["da"],
    slots: ["mon-pm", "wed-eve", "fri-pm"],
    format: "either",
    genderPreference: "male",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 15,
    narrative:
      "Har spillet billard i klubben i 40 år, men kammeraterne er døde eller flyttet. Kører selv bil om dagen.",
  },
  {
    firstName: "Lis",
    lastName: "Frandsen",
    birthYear: 1943,
    town: "skive",
    street: "Østergade 27",
    email: "lis.frandsen@example.dk",
    interests: ["film", "it og tablet", "kaffe og snak"],
    barriers: ["sight"],
    languages: ["da"],
    slots: ["wed-pm", "thu-pm", "sun-pm"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 12,
    narrative:
      "Ser dårligt, men bruger tablet med stor skrift. Vil gerne lære at videoringe med barnebarnet i Australien og komme i biografen igen.",
  },
  {
    firstName: "Holger",
    lastName: "Kirk",
    birthYear: 1934,
    town: "stoholm",
    street: "Stationsvej 19",
    interests: ["gåture", "sang", "natur"],
    barriers: ["walker"],
    languages: ["da"],
    slots: ["tue-pm", "thu-am"],
    format: "one_to_one",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    referredByHomecare: true,
    daysAgo: 49,
    narrative:
      "Tidligere skovarbejder. Går med rollator og tør ikke gå alene efter et fald. Vil gerne have følgeskab på korte ture i skoven.",
  },
  {
    firstName: "Bodil",
    lastName: "Hvidberg",
    birthYear: 1945,
    town: "skive",
    street: "Sallingsundvej 14",
    email: "bodil.hvidberg@example.dk",
    interests: ["gåture", "natur", "bevægelse"],
    barriers: [],
    languages: ["da"],
    slots: ["wed-am", "sat-am"],
    format: "group",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 30,
    narrative:
      "Nyligt flyttet til Skive for at være nær datteren og kender ingen i byen. Frisk og rask, vil gerne gå i en gruppe.",
  },
  {
    firstName: "Gertrud",
    lastName: "Schmidt",
    birthYear: 1942,
    town: "skive",
    street: "Frederiksdal 5",
    interests: ["kunst", "litteratur", "kaffe og snak"],
    barriers: ["cognition"],
    languages: ["de"],
    slots: ["wed-pm", "fri-pm"],
    format: "one_to_one",
    genderPreference: "female",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 66,
    narrative:
      "Født i Flensborg. Glemmer mere og mere dansk og falder tilbage til tysk. Holder af malerier og bøger og vil gerne have besøg af en kvinde, der taler tysk.",
  },
  {
    firstName: "Svend Aage",
    lastName: "Pedersen",
    birthYear: 1931,
    town: "roslev",
    street: "Jernbanegade 10",
    interests: ["kaffe og snak", "gåture", "bevægelse"],
    barriers: ["walker", "anxiety"],
    languages: ["da"],
    slots: ["tue-am", "thu-am", "fri-am"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    referredByHomecare: true,
    daysAgo: 84,
    narrative:
      "Hjemmeplejen har opdaget, at han næsten ikke taler med nogen. Bliver nervøs blandt mange mennesker. Kan lide at gå en lille tur, når nogen går med.",
  },
  {
    firstName: "Jytte",
    lastName: "Søgaard",
    birthYear: 1947,
    town: "skive",
    street: "Vestergade 33",
    email: "jytte.soegaard@example.dk",
    interests: ["dans", "musik", "sang"],
    barriers: [],
    languages: ["da"],
    slots: ["tue-pm", "sun-pm"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 9,
    narrative:
      "Har danset folkedans i mange år; makkeren er død. Vil gerne i gang igen, gerne med musik.",
  },
  {
    firstName: "Verner",
    lastName: "Mathiasen",
    birthYear: 1939,
    town: "skive",
    street: "Havnevej 7",
    interests: ["fiskeri", "sport", "kaffe og snak"],
    barriers: [],
    languages: ["da"],
    slots: ["mon-pm", "sat-am"],
    format: "one_to_one",
    escort: false,
    consent: false,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 18,
    narrative:
      "Har sagt ja til en besøgsven, men vil først tale med sin søn, før oplysninger deles med en forening. Samtykke ikke givet endnu.",
  },
  {
    firstName: "Anna",
    lastName: "Lykke",
    birthYear: 1950,
    town: "hoejslev",
    street: "Bakkevej 12",
    interests: ["håndarbejde", "kaffe og snak"],
    barriers: ["economy"],
    languages: ["da"],
    slots: ["tue-pm"],
    format: "group",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 21,
    narrative:
      "Førtidspensionist i mange år, og økonomien er stram. Strikker meget og vil gerne gøre det sammen med andre.",
  },
  {
    firstName: "Ove",
    lastName: "Brix",
    birthYear: 1944,
    town: "skive",
    street: "Egerisvej 23",
    interests: ["madlavning", "fællesspisning", "kaffe og snak"],
    barriers: ["hearing"],
    languages: ["da"],
    slots: ["thu-eve", "mon-am"],
    format: "group",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 38,
    narrative:
      "Har mistet appetitten, efter han kom til at spise alene. Har været kok på et kursuscenter og vil gerne spise sammen med andre igen.",
  },
  {
    firstName: "Tove",
    lastName: "Ladefoged",
    birthYear: 1936,
    town: "balling",
    street: "Kirkevej 5",
    interests: ["kirke", "sang", "håndarbejde"],
    barriers: ["sight", "transport"],
    languages: ["da"],
    slots: ["tue-am", "tue-pm"],
    format: "one_to_one",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 52,
    narrative:
      "Ser meget dårligt og kan ikke længere køre. Har strikket hele livet og går gerne i kirke, hvis nogen følges med hende.",
  },
  {
    firstName: "Karen",
    lastName: "Mølgaard",
    birthYear: 1932,
    town: "stoholm",
    street: "Hovedgaden 41",
    interests: ["kaffe og snak", "film", "litteratur"],
    barriers: ["hearing", "anxiety"],
    languages: ["da"],
    slots: ["thu-am", "fri-pm", "wed-eve"],
    format: "one_to_one",
    genderPreference: "female",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 44,
    narrative:
      "Bor alene i huset, hun og manden byggede. Bliver utryg ved fremmede, men holder meget af at snakke om bøger og gamle film.",
  },
  {
    firstName: "Leif",
    lastName: "Gade",
    birthYear: 1949,
    town: "vinderup",
    street: "Holstebrovej 14",
    email: "leif.gade@example.dk",
    interests: ["fiskeri", "natur", "havearbejde"],
    barriers: [],
    languages: ["da"],
    slots: ["mon-am", "sat-am"],
    format: "one_to_one",
    genderPreference: "male",
    escort: false,
    consent: false,
    status: "screened",
    contact: "coordinator2",
    daysAgo: 11,
    narrative:
      "Nyligt blevet enkemand. Er i tvivl om, hvorvidt han vil have besøg; har bedt om betænkningstid, før noget deles med foreningerne.",
  },
  {
    firstName: "Hans Jørgen",
    lastName: "Iversen",
    birthYear: 1940,
    town: "skive",
    street: "Nørregade 8",
    interests: ["kortspil", "historie"],
    barriers: [],
    languages: ["da"],
    slots: ["tue-am", "fri-am"],
    format: "either",
    escort: false,
    consent: true,
    status: "screened",
    contact: "coordinator",
    daysAgo: 7,
    narrative:
      "Tidligere postbud, der kendte alle i byen. Nu er de fleste væk, og han savner at have nogen at spille kort og snakke med.",
  },

  // Referred: detected, not yet contacted.
  {
    ...notYetScreened,
    firstName: "Ellen",
    lastName: "Fogh",
    birthYear: 1934,
    town: "skive",
    street: "Kirkegade 14",
    barriers: ["hearing"],
    consent: false,
    status: "referred",
    contact: "coordinator",
    referredByHomecare: true,
    daysAgo: 3,
    narrative:
      "Henvist af hjemmeplejen efter en opsporingssamtale: sidder meget alene, mistede sin mand for et halvt år siden. Har sagt ja til at blive kontaktet.",
  },
  {
    ...notYetScreened,
    firstName: "Arne",
    lastName: "Søndergaard",
    birthYear: 1938,
    town: "roslev",
    street: "Skolegade 17",
    barriers: [],
    consent: false,
    status: "referred",
    contact: "coordinator2",
    daysAgo: 14,
    narrative:
      "Henvist af egen læge. Virker trist og har tabt sig. Ønsker at blive ringet op om formiddagen.",
  },
  {
    ...notYetScreened,
    firstName: "Gudrun",
    lastName: "Lassen",
    birthYear: 1946,
    town: "hoejslev",
    street: "Møllevej 2",
    barriers: ["walker"],
    consent: false,
    status: "referred",
    contact: "coordinator",
    daysAgo: 2,
    narrative:
      "Datteren har henvendt sig: moren kommer ikke længere ud efter et hoftebrud og er holdt op med at tage telefonen.",
  },
  {
    ...notYetScreened,
    firstName: "Mehmet",
    lastName: "Aksoy",
    birthYear: 1951,
    town: "skive",
    street: "Viborgvej 102",
    barriers: ["language"],
    languages: ["tr"],
    consent: false,
    status: "referred",
    contact: "coordinator2",
    referredByHomecare: true,
    daysAgo: 19,
    narrative:
      "Henvist af hjemmeplejen. Taler mest tyrkisk; sønnen tolker. Familien fortæller, at han ikke har været ude af lejligheden i flere uger.",
  },

  // Contacted: a first call made, the screening visit is booked.
  {
    ...notYetScreened,
    firstName: "Aase",
    lastName: "Rasmussen",
    birthYear: 1942,
    town: "stoholm",
    street: "Skovvej 8",
    barriers: [],
    consent: false,
    status: "contacted",
    contact: "coordinator",
    referredByHomecare: true,
    daysAgo: 10,
    narrative:
      "Ringet op. Hun vil gerne have besøg; samtale om ønsker og behov aftalt i næste uge.",
  },
  {
    ...notYetScreened,
    firstName: "Egon",
    lastName: "Lindberg",
    birthYear: 1935,
    town: "vinderup",
    street: "Vestergade 27",
    barriers: ["hearing"],
    consent: false,
    status: "contacted",
    contact: "coordinator2",
    daysAgo: 13,
    narrative:
      "Svært at tale med i telefon på grund af hørelsen. Brev sendt med tid til hjemmebesøg; datteren deltager.",
  },
  {
    ...notYetScreened,
    firstName: "Gerda",
    lastName: "Kjær",
    birthYear: 1939,
    town: "durup",
    street: "Nørregade 4",
    barriers: [],
    consent: true,
    status: "contacted",
    contact: "coordinator2",
    daysAgo: 8,
    narrative: "Har selv ringet efter en artikel i lokalavisen. Hjemmebesøg aftalt torsdag.",
  },

  // In progress: matched or being escorted to a community.
  {
    firstName: "Erna",
    lastName: "Husted",
    birthYear: 1937,
    town: "skive",
    street: "Adelgade 40",
    interests: ["kaffe og snak", "gåture", "havearbejde"],
    barriers: ["walker"],
    languages: ["da"],
    slots: ["mon-am", "thu-pm"],
    format: "one_to_one",
    escort: false,
    consent: true,
    status: "in_progress",
    contact: "coordinator",
    referredByHomecare: true,
    daysAgo: 96,
    narrative:
      "Har sagt ja tak til en besøgsven. Første besøg er aftalt; koordinator følger op efter tredje besøg.",
  },
  {
    firstName: "Kaj",
    lastName: "Thygesen",
    birthYear: 1941,
    town: "hoejslev",
    street: "Stationsvej 31",
    interests: ["kortspil", "kirke"],
    barriers: [],
    languages: ["da"],
    slots: ["tue-am", "wed-pm"],
    format: "either",
    escort: false,
    consent: true,
    status: "in_progress",
    contact: "coordinator2",
    daysAgo: 88,
    narrative:
      "Har sagt ja tak til et forslag og er i gang. Ønsker et opfølgende opkald om en måned.",
  },
  {
    firstName: "Birthe",
    lastName: "Laursen",
    birthYear: 1945,
    town: "skive",
    street: "Nygade 12",
    interests: ["sang", "musik"],
    barriers: ["hearing"],
    languages: ["da"],
    slots: ["tue-am"],
    format: "group",
    escort: true,
    consent: true,
    status: "in_progress",
    contact: "coordinator",
    daysAgo: 102,
    narrative:
      "Bevilget fire ledsageklip, så en medarbejder følger hende til fællessang de første gange, til hun er tryg ved at gå selv.",
  },
  {
    firstName: "Preben",
    lastName: "Dalsgaard",
    birthYear: 1950,
    town: "balling",
    street: "Hovedgaden 18",
    interests: ["fiskeri", "natur"],
    barriers: ["anxiety"],
    languages: ["da"],
    slots: ["mon-am", "fri-am"],
    format: "one_to_one",
    escort: false,
    consent: true,
    status: "in_progress",
    contact: "coordinator2",
    daysAgo: 110,
    narrative:
      "Skal først have styr på ubetalte regninger og søvnen (opgaveliste i gang med socialrådgiver). Derefter en besøgsven som første trædesten.",
  },

  // Follow-up: matched, checking that it lasts.
  {
    firstName: "Else",
    lastName: "Kirkeby",
    birthYear: 1936,
    town: "skive",
    street: "Rosenvænget 3",
    interests: ["håndarbejde", "kaffe og snak"],
    barriers: ["walker"],
    languages: ["da"],
    slots: ["tue-pm", "thu-am"],
    format: "either",
    escort: false,
    consent: true,
    status: "follow_up",
    contact: "coordinator",
    daysAgo: 150,
    narrative:
      "Har fået en fast besøgsven, der kommer hver anden tirsdag. Opfølgning efter tre måneder: trives og vil nu også prøve et fællesskab.",
  },
  {
    firstName: "Henning",
    lastName: "Bonde",
    birthYear: 1933,
    town: "roslev",
    street: "Østergade 21",
    interests: ["bevægelse", "kaffe og snak"],
    barriers: ["walker"],
    languages: ["da"],
    slots: ["fri-am"],
    format: "group",
    escort: false,
    consent: true,
    status: "follow_up",
    contact: "coordinator2",
    daysAgo: 132,
    narrative:
      "Går til seniormotion hver fredag. Opfølgning efter fire uger aftalt; han siger selv, at han sover bedre.",
  },
  {
    firstName: "Inga",
    lastName: "Toft",
    birthYear: 1944,
    town: "stoholm",
    street: "Skolegade 9",
    interests: ["kortspil", "kaffe og snak"],
    barriers: ["transport"],
    languages: ["da"],
    slots: ["fri-pm"],
    format: "group",
    escort: false,
    consent: true,
    status: "follow_up",
    contact: "coordinator",
    daysAgo: 141,
    narrative:
      "Bliver hentet til besøgscaféen hver fredag. Første opfølgning gik godt; næste efter tre måneder.",
  },

  // Closed, with the reason in the narrative.
  {
    firstName: "Børge",
    lastName: "Ravn",
    birthYear: 1930,
    town: "skive",
    street: "Kongensgade 19",
    interests: ["kortspil", "historie"],
    barriers: [],
    languages: ["da"],
    slots: ["mon-pm"],
    format: "group",
    escort: false,
    consent: true,
    status: "closed",
    contact: "coordinator2",
    daysAgo: 260,
    closeReason: "matched_thriving",
    narrative:
      "Afsluttet: matchet og trives. Spiller fast i kortklubben om mandagen og har fået to nye venner, han ses med privat.",
  },
  {
    firstName: "Agnes",
    lastName: "Fuglsang",
    birthYear: 1934,
    town: "vinderup",
    street: "Søndergade 30",
    interests: ["kirke", "sang"],
    barriers: ["cognition"],
    languages: ["da"],
    slots: ["sun-am"],
    format: "either",
    escort: false,
    consent: true,
    status: "closed",
    contact: "coordinator",
    daysAgo: 220,
    closeReason: "moved",
    narrative: "Afsluttet: flyttet i plejebolig tæt på sønnen i en anden kommune.",
  },
  {
    firstName: "Villy",
    lastName: "Mikkelsen",
    birthYear: 1940,
    town: "stoholm",
    street: "Vestergade 15",
    interests: ["fiskeri", "sport"],
    barriers: [],
    languages: ["da"],
    slots: ["wed-am"],
    format: "one_to_one",
    escort: false,
    consent: false,
    status: "closed",
    contact: "coordinator2",
    daysAgo: 64,
    closeReason: "declined",
    narrative:
      "Afsluttet: takkede nej efter samtalen. Vil helst klare sig selv og har naboen; må gerne kontakte os igen.",
  },
  {
    firstName: "Ingrid",
    lastName: "Holst",
    birthYear: 1943,
    town: "skive",
    street: "Frederiks Allé 22",
    interests: ["litteratur", "kaffe og snak"],
    barriers: ["anxiety"],
    languages: ["da"],
    slots: ["tue-pm"],
    format: "group",
    escort: true,
    consent: true,
    status: "closed",
    contact: "coordinator",
    daysAgo: 118,
    closeReason: "declined",
    narrative:
      "Afsluttet: prøvede læsekredsen to gange med ledsagelse, men det var for meget. Takkede nej til mere for nu.",
  },
];

// ---------------------------------------------------------------------------------
// Proposals: what the coordinators have already sent to the associations.

/**
 * `open` waits for the bridge-builder; `accepted` has gone out as a letter or email
 * with a reply link; `yes`/`call` also carries the citizen's answer; `declined` was
 * turned down by the association.
 */
export type ProposalOutcome = "open" | "accepted" | "yes" | "call" | "declined";

export interface DemoProposal {
  /** "Firstname Lastname" of a citizen above. */
  citizen: string;
  kind: "volunteer" | "activity";
  outcome: ProposalOutcome;
  note?: string;
  /**
   * Proposed this many days before the seed date (decided and sent a day later,
   * answered the day after that); default today.
   */
  daysAgo?: number;
}

export const proposals: DemoProposal[] = [
  {
    citizen: "Erna Husted",
    kind: "volunteer",
    outcome: "yes",
    note: "Vores frivillige glæder sig til at komme.",
  },
  {
    citizen: "Kaj Thygesen",
    kind: "volunteer",
    outcome: "yes",
    daysAgo: 4,
    note: "Passer fint – de bor tæt på hinanden.",
  },
  {
    citizen: "Poul Kristensen",
    kind: "volunteer",
    outcome: "accepted",
    daysAgo: 12,
    note: "Den frivillige ringer, når Poul har svaret.",
  },
  {
    citizen: "Grethe Bundgaard",
    kind: "volunteer",
    outcome: "accepted",
    note: "Den frivillige bor tæt på og har god tid.",
  },
  {
    citizen: "Bodil Hvidberg",
    kind: "activity",
    outcome: "accepted",
    note: "Hun er velkommen på næste tur.",
  },
  {
    citizen: "Bent Nørskov",
    kind: "activity",
    outcome: "call",
    note: "Vi har plads ved bordet nærmest højttaleren.",
  },
  {
    citizen: "Svend Aage Pedersen",
    kind: "volunteer",
    outcome: "declined",
    note: "Den frivillige er desværre optaget resten af måneden – prøv gerne en anden.",
  },
  { citizen: "Inger Mortensen", kind: "volunteer", outcome: "open", daysAgo: 9 },
  { citizen: "Fatma Yilmaz", kind: "volunteer", outcome: "open" },
  { citizen: "Edith Lauritsen", kind: "activity", outcome: "open" },
  { citizen: "Gertrud Schmidt", kind: "volunteer", outcome: "open" },
];

// ---------------------------------------------------------------------------------
// The pathway around the citizens: how they were referred, and for those further
// along, tasks, guidance, loneliness scores, escort clips, activities and follow-ups.
// Day counts are relative to the seed date: `dueIn` -3 was due three days ago.

export interface DemoReferral {
  source: ReferralSource;
  sourceName: string;
  signs: ReferralSign[];
  detectionClipMinutes?: number;
  note: string;
}

/** Referrals told in full; everybody else gets a plainer one from db/seed-pathway.ts. */
export const referrals: Record<string, DemoReferral> = {
  "Ellen Fogh": {
    source: "homecare",
    sourceName: "Dorthe Kvist, hjemmeplejen",
    signs: ["few_visitors", "bereaved", "eats_sleeps_poorly"],
    detectionClipMinutes: 10,
    note: "Vi tog opsporingssamtalen over en kop kaffe. Hun vil gerne ringes op om eftermiddagen.",
  },
  "Arne Søndergaard": {
    source: "gp",
    sourceName: "Lægehuset i Roslev",
    signs: ["eats_sleeps_poorly", "sad", "rarely_out"],
    note: "Ønsker at blive ringet op om formiddagen.",
  },
  "Gudrun Lassen": {
    source: "relative",
    sourceName: "Datteren Susanne",
    signs: ["rarely_out", "other"],
    note: "Datteren vil gerne være med til første samtale.",
  },
  "Mehmet Aksoy": {
    source: "homecare",
    sourceName: "Dorthe Kvist, hjemmeplejen",
    signs: ["rarely_out", "other"],
    detectionClipMinutes: 10,
    note: "Sønnen tolker; ring helst efter kl. 16.",
  },
  "Aase Rasmussen": {
    source: "homecare",
    sourceName: "Dorthe Kvist, hjemmeplejen",
    signs: ["talks_about_loneliness", "lost_joy"],
    detectionClipMinutes: 10,
    note: "Glad for at blive spurgt.",
  },
  "Egon Lindberg": {
    source: "staff",
    sourceName: "Visitator, Demo Kommune",
    signs: ["few_visitors", "other"],
    note: "Kontakt gerne via datteren; han hører dårligt i telefon.",
  },
  "Gerda Kjær": {
    source: "self",
    sourceName: "",
    signs: ["talks_about_loneliness"],
    note: "Har selv ringet efter en artikel i lokalavisen.",
  },
};

export interface DemoFollowUp {
  kind: FollowUpKind;
  dueIn: number;
  /** Held: the citizen's own words and rating; continue or close. */
  held?: { evaluation: string; wellbeing: number; outcome: "continue" | "close" };
}

export interface DemoPathwayPlan {
  tasks?: { title: string; owner: string; dueIn: number; done?: boolean }[];
  guidance?: { daysAgo: number; note: string; nextStep: string; dueIn: number; done?: boolean }[];
  /** UCLA-3 / T-ILS items, oldest first; the first is the screening. */
  scores?: { daysAgo: number; items: [number, number, number] }[];
  clips?: {
    clipsPerPeriod: number;
    period: "week" | "month";
    minutesPerClip: number;
    purpose: string;
    startedDaysAgo: number;
    uses: { daysAgo: number; whatFor: string }[];
  };
  /** An activity by title, and attendance at its last meetings, oldest first. */
  enrolment?: { activity: string; daysAgo: number; attended: boolean[] };
  followUps?: DemoFollowUp[];
}

const kept = { evaluation: "", wellbeing: 4, outcome: "continue" as const };

export const pathwayPlans: Record<string, DemoPathwayPlan> = {
  "Inger Mortensen": {
    tasks: [{ title: "Hjælp til at søge om ny rollator", owner: "Lene Dalgaard", dueIn: -3 }],
    scores: [{ daysAgo: 38, items: [3, 3, 2] }],
    guidance: [
      {
        daysAgo: 30,
        note: "Vil gerne have en besøgsven, der også holder af haver. Lidt nervøs for at få fremmede ind.",
        nextStep: "Ringe til Inger og fortælle om forslaget til besøgsven",
        dueIn: 0,
      },
    ],
  },
  "Poul Kristensen": {
    scores: [{ daysAgo: 60, items: [3, 2, 2] }],
    tasks: [{ title: "Tjekke om høreapparatet skal justeres", owner: "Egen læge", dueIn: 4 }],
  },
  "Fatma Yilmaz": {
    scores: [{ daysAgo: 33, items: [3, 3, 3] }],
    tasks: [{ title: "Bestille tolk til næste samtale", owner: "Rasmus Kjeldsen", dueIn: -1 }],
    guidance: [
      {
        daysAgo: 20,
        note: "Samtale med tolk. Ønsker en kvindelig besøgsven, gerne tyrkisktalende.",
        nextStep: "Spørge Røde Kors' sprogcafé om en tyrkisktalende frivillig",
        dueIn: -2,
      },
    ],
  },
  "Grethe Bundgaard": {
    scores: [{ daysAgo: 74, items: [3, 2, 3] }],
    guidance: [
      {
        daysAgo: 40,
        note: "Tryg ved tanken om én besøgsven først. Læsekreds måske senere.",
        nextStep: "Sende brev om besøgsven",
        dueIn: -30,
        done: true,
      },
    ],
  },
  "Erna Husted": {
    scores: [{ daysAgo: 90, items: [3, 3, 2] }],
    followUps: [{ kind: "first_visit", dueIn: -4 }],
  },
  "Kaj Thygesen": {
    scores: [{ daysAgo: 85, items: [2, 2, 3] }],
    followUps: [{ kind: "four_weeks", dueIn: 3 }],
  },
  "Birthe Laursen": {
    scores: [{ daysAgo: 98, items: [3, 3, 3] }],
    clips: {
      clipsPerPeriod: 4,
      period: "month",
      minutesPerClip: 60,
      purpose: "Følges til fællessang tirsdag formiddag, til hun er tryg ved at gå selv.",
      startedDaysAgo: 60,
      uses: [
        { daysAgo: 56, whatFor: "Fællessang – første gang" },
        { daysAgo: 49, whatFor: "Fællessang" },
        { daysAgo: 42, whatFor: "Fællessang" },
        { daysAgo: 28, whatFor: "Fællessang – gik selv hjem" },
      ],
    },
    enrolment: {
      activity: "Syng sammen – fællessang for alle",
      daysAgo: 56,
      attended: [true, true, true, false, true, true],
    },
    followUps: [
      { kind: "first_visit", dueIn: -50, held: { ...kept, evaluation: "Det var dejligt at synge igen." } },
      { kind: "third_visit", dueIn: 0 },
    ],
  },
  "Preben Dalsgaard": {
    scores: [{ daysAgo: 105, items: [3, 3, 3] }],
    tasks: [
      { title: "Gennemgå ubetalte regninger med socialrådgiver", owner: "Socialrådgiver", dueIn: -40, done: true },
      { title: "Søvnudredning hos egen læge", owner: "Preben selv, med hjælp fra datteren", dueIn: -6 },
    ],
    guidance: [
      {
        daysAgo: 20,
        note: "Regningerne er betalt, og han sover lidt bedre. Klar til at møde en besøgsven.",
        nextStep: "Aftale første besøg med besøgsven sammen med Preben",
        dueIn: -1,
      },
    ],
    clips: {
      clipsPerPeriod: 2,
      period: "month",
      minutesPerClip: 45,
      purpose: "Følges til første møde med besøgsvennen på biblioteket i Balling.",
      startedDaysAgo: 15,
      uses: [{ daysAgo: 8, whatFor: "Første møde med besøgsven" }],
    },
  },
  "Else Kirkeby": {
    scores: [
      { daysAgo: 145, items: [3, 3, 2] },
      { daysAgo: 60, items: [2, 2, 2] },
    ],
    followUps: [
      { kind: "four_weeks", dueIn: -90, held: { ...kept, evaluation: "Glæder sig til tirsdagene." } },
      { kind: "three_months", dueIn: -2 },
    ],
  },
  "Henning Bonde": {
    scores: [
      { daysAgo: 128, items: [3, 2, 3] },
      { daysAgo: 40, items: [2, 1, 2] },
    ],
    enrolment: {
      activity: "Motion for seniorer i Roslev",
      daysAgo: 100,
      attended: [true, true, false, true, true, true, true, true],
    },
    followUps: [
      { kind: "four_weeks", dueIn: -40, held: { ...kept, evaluation: "Sover bedre og har fået en makker.", wellbeing: 5 } },
      { kind: "three_months", dueIn: 21 },
    ],
  },
  "Inga Toft": {
    scores: [
      { daysAgo: 138, items: [3, 3, 3] },
      { daysAgo: 70, items: [2, 2, 3] },
    ],
    clips: {
      clipsPerPeriod: 1,
      period: "week",
      minutesPerClip: 30,
      purpose: "Følges fra bussen til besøgscaféen, indtil kørselsordningen er på plads.",
      startedDaysAgo: 120,
      uses: [
        { daysAgo: 115, whatFor: "Besøgscafé" },
        { daysAgo: 108, whatFor: "Besøgscafé" },
      ],
    },
    enrolment: {
      activity: "Besøgscafé i Stoholm",
      daysAgo: 115,
      attended: [true, true, true, true, false, true],
    },
    followUps: [
      { kind: "first_visit", dueIn: -100, held: { ...kept, evaluation: "Hyggeligt, men lidt larmende." } },
      { kind: "three_months", dueIn: 6 },
    ],
  },
  "Børge Ravn": {
    scores: [
      { daysAgo: 255, items: [3, 2, 2] },
      { daysAgo: 60, items: [1, 2, 1] },
    ],
    enrolment: { activity: "Kortklub i Medborgerhuset", daysAgo: 200, attended: [true, true, true, true] },
    followUps: [
      { kind: "three_months", dueIn: -70, held: { evaluation: "Har fået to nye venner i kortklubben.", wellbeing: 5, outcome: "close" } },
    ],
  },
  "Ingrid Holst": {
    scores: [{ daysAgo: 115, items: [3, 3, 2] }],
    followUps: [
      { kind: "first_visit", dueIn: -80, held: { evaluation: "Det var for mange mennesker.", wellbeing: 2, outcome: "close" } },
    ],
  },
};
