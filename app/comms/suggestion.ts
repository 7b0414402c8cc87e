// The suggestion sent to a citizen, and the Danish wording shared by the letter and
// the email. Keeping the sentences here means a citizen who gets both reads the same
// words, and a wording change is made once.

export interface SuggestionMessage {
  citizen: { firstName: string; fullName: string; addressLines: string[] /* street, "7800 Skive" */ };
  sender: { municipality: string; department: string; addressLines: string[] };
  contact: { name: string; phone: string; hours?: string }; // the citizen's fixed contact person
  suggestion:
    | { kind: "volunteer"; volunteerFirstName: string; associationName: string; interests: string[] }
    | {
        kind: "activity";
        title: string;
        associationName: string;
        when: string /* e.g. "tirsdage kl. 10.00–12.00" */;
        place: string;
      };
  reply: {
    url: string /* absolute https://…/svar/<token> */;
    shortCode: string /* e.g. "K7MQ-4PXA" */;
    codeUrl: string /* absolute …/svar, where the code can be typed */;
    expiresOn: Date;
  };
  date: Date;
}

// Letters are dated where the citizen lives, not where the server runs (UTC in production).
const TIME_ZONE = "Europe/Copenhagen";

const longDate = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TIME_ZONE,
});

// The weekday makes a deadline easier to hold on to than a bare date.
const longDateWithWeekday = new Intl.DateTimeFormat("da-DK", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TIME_ZONE,
});

const andList = new Intl.ListFormat("da", { type: "conjunction" });

/** "23. november 2026" */
export function formatDanishDate(date: Date): string {
  return longDate.format(date);
}

/** "mandag den 7. december 2026" */
export function formatDanishDeadline(date: Date): string {
  return longDateWithWeekday.format(date);
}

/**
 * "20 74 93 30" for Danish 8-digit numbers (with or without +45/0045); anything
 * else is returned as typed, because guessing a foreign number's grouping is worse
 * than showing it unchanged.
 */
export function formatDanishPhone(phone: string): string {
  const compact = phone.replace(/[\s\-().]/g, "").replace(/^(\+45|0045)(?=\d{8}$)/, "");
  if (!/^\d{8}$/.test(compact)) return phone.trim();
  return compact.replace(/(\d{2})(?=\d)/g, "$1 ");
}

/** The digits to put behind a tel: link. */
export function telHref(phone: string): string {
  const compact = phone.replace(/[^\d+]/g, "");
  return `tel:${/^\d{8}$/.test(compact) ? `+45${compact}` : compact}`;
}

/** "faellesskabsbro.demo.dk/svar": what a reader types; browsers add https themselves. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

/** Rejects anything but http(s), so a bad value can never become a javascript: link. */
export function assertWebUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`Reply URL must be http(s), got ${parsed.protocol}`);
  }
  return url;
}

// Interests are stored as labels ("Havearbejde"); mid-sentence Danish wants lower
// case, but an acronym ("IT") must stay as it is.
function lowerFirst(word: string): string {
  const trimmed = word.trim();
  const second = trimmed.charAt(1);
  if (second && second === second.toLocaleUpperCase("da-DK") && second !== second.toLocaleLowerCase("da-DK")) {
    return trimmed;
  }
  return trimmed.charAt(0).toLocaleLowerCase("da-DK") + trimmed.slice(1);
}

/** Headline of the letter and subject line of the email. */
export function suggestionHeadline(msg: SuggestionMessage): string {
  return msg.suggestion.kind === "volunteer"
    ? "Vi har fundet en besøgsven til dig"
    : "Vi har fundet en aktivitet til dig";
}

export function greeting(msg: SuggestionMessage): string {
  return `Kære ${msg.citizen.firstName.trim()}`;
}

/** A labelled fact ("Hvornår: …") for activities; readers scan for these. */
export interface Fact {
  label: string;
  value: string;
}

/**
 * The suggestion in two or three short sentences. Only the volunteer's first name
 * is known, so the sentences say "besøgsvennen", never "han"/"hun".
 */
export function suggestionText(msg: SuggestionMessage): { sentences: string; facts: Fact[] } {
  const s = msg.suggestion;
  if (s.kind === "volunteer") {
    const interests = s.interests.map(lowerFirst).filter(Boolean).slice(0, 3);
    const parts = [`Besøgsvennen hedder ${s.volunteerFirstName.trim()} og kommer fra ${s.associationName.trim()}.`];
    if (interests.length > 0) parts.push(`I deler interessen for ${andList.format(interests)}.`);
    parts.push("Du bestemmer selv, om du har lyst.");
    return { sentences: parts.join(" "), facts: [] };
  }
  return {
    sentences: `Vi tror, du vil have glæde af »${s.title.trim()}« hos ${s.associationName.trim()}. Du bestemmer selv, om du har lyst.`,
    facts: [
      { label: "Hvornår", value: s.when.trim() },
      { label: "Hvor", value: s.place.trim() },
    ],
  };
}

export interface AnswerOption {
  answer: "Ja tak" | "Nej tak" | "Ring til mig";
  meaning: string;
}

/** The three answers in words, with what happens next, so nobody is afraid to choose. */
export function answerOptions(msg: SuggestionMessage): AnswerOption[] {
  const yes =
    msg.suggestion.kind === "volunteer"
      ? "så hjælper vi jer med at aftale det første besøg."
      : "så giver vi foreningen besked om, at du gerne vil komme.";
  return [
    { answer: "Ja tak", meaning: yes },
    { answer: "Nej tak", meaning: "det er helt i orden. Du behøver ikke give en grund." },
    { answer: "Ring til mig", meaning: `så ringer ${msg.contact.name.trim()} til dig, og I kan tale om det.` },
  ];
}

export function deadlineText(msg: SuggestionMessage): string {
  return `Svar senest ${formatDanishDeadline(msg.reply.expiresOn)}.`;
}

/** "Du kan også ringe til Hanne Jensen på 20 74 93 30." */
export function callUsText(msg: SuggestionMessage): string {
  return `Du kan også ringe til ${msg.contact.name.trim()} på ${formatDanishPhone(msg.contact.phone)}.`;
}

/**
 * "Telefontid: mandag–fredag kl. 9.00–12.00." as its own sentence, so a line never
 * breaks inside the phone number or the hours. Hours are typed as a label
 * ("Mandag–fredag …"); after the colon Danish weekdays are lower case.
 */
export function contactHoursText(msg: SuggestionMessage): string | undefined {
  const hours = msg.contact.hours?.trim().replace(/\.$/, "");
  return hours ? `Telefontid: ${lowerFirst(hours)}.` : undefined;
}
