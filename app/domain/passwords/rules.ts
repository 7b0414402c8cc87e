// What a chosen password must be, after NIST SP 800-63B-4 (August 2025), §3.1.1.2:
// "Verifiers and CSPs SHALL require passwords that are used as a single-factor
// authentication mechanism to be a minimum of 15 characters in length. Verifiers and
// CSPs MAY allow passwords that are only used as part of multi-factor authentication
// processes to be shorter but SHALL require them to be a minimum of eight characters"
// (quoted in https://github.com/OWASP/ASVS/issues/3242). The same section asks for a
// maximum of at least 64 characters, every Unicode character (each code point counted
// once, normalised), no other composition rules, no hints, and a blocklist of breached
// and context-specific passwords (the user's name and email, the service's name).
// Every login here is password-only today and the association and volunteer logins
// stay so, hence 15 for everyone.

export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = "too-short" | "too-long" | "guessable" | "personal";

/** Whose password it is: their own words make a password easy to guess. */
export interface PasswordOwner {
  email: string;
  name: string;
}

/**
 * NFKC, as NIST asks, so the same password typed on another keyboard (a full-width
 * or composed "æ") still matches. Applied when hashing and when verifying.
 */
export const normalisePassword = (password: string) => password.normalize("NFKC");

/** Characters as a person counts them: code points of the normalised password. */
export const passwordLength = (password: string) => [...normalisePassword(password)].length;

export function lengthProblem(password: string): "too-short" | "too-long" | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return "too-short";
  if (length > PASSWORD_MAX_LENGTH) return "too-long";
  return null;
}

const SERVICE_NAMES = ["fællesskabsbro", "faellesskabsbro"];

/** Letters and digits only, lower case: "Birgitte.Holm-2026!" → "birgitteholm2026". */
const skeleton = (text: string) => normalisePassword(text).toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The variants of a password an attacker tries first: the whole of it, a breached
 * password with digits or signs around it ("password12345678!") and one short piece
 * repeated ("passwordpassword", "abcabcabcabcabc").
 */
function guessableForms(password: string): string[] {
  const lower = normalisePassword(password).toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const repeated = /^(.+?)\1+$/u.exec(lower)?.[1];
  return [lower, lower.replace(/\s+/g, ""), core, ...(repeated ? [repeated] : [])].filter((form) => form !== "");
}

function isRepetition(password: string): boolean {
  const unit = /^(.+?)\1+$/u.exec(normalisePassword(password).toLowerCase())?.[1];
  return unit !== undefined && [...unit].length <= 4;
}

/** The owner's own words, longest first so "birgitteholm" goes before "holm". */
function ownerWords(owner: PasswordOwner): string[] {
  const [local = "", domain = ""] = owner.email.toLowerCase().split("@");
  const domainLabels = domain.split(".").slice(0, -1);
  const words = [
    local,
    ...local.split(/[._+-]/),
    owner.name,
    ...owner.name.split(/[\s-]+/),
    ...domainLabels,
    ...domainLabels.flatMap((label) => label.split("-")),
    ...SERVICE_NAMES,
  ].map(skeleton);
  return [...new Set(words.filter((word) => word.length >= 3))].sort((a, b) => b.length - a.length);
}

/**
 * A password that is mostly the owner's name or email ("birgitteholm2026!"): what is
 * left after taking their words out is short, only digits, or itself breached.
 */
function isPersonal(password: string, owner: PasswordOwner, isBreached: (candidate: string) => boolean): boolean {
  const whole = skeleton(password);
  const rest = ownerWords(owner).reduce((left, word) => left.replaceAll(word, ""), whole);
  if (rest === whole) return false;
  return rest.length < 8 || /^\p{N}*$/u.test(rest) || isBreached(rest);
}

/** Why a newly chosen password is refused, or null when it may be used. */
export function passwordProblem(
  password: string,
  owner: PasswordOwner,
  isBreached: (candidate: string) => boolean,
): PasswordProblem | null {
  const length = lengthProblem(password);
  if (length) return length;
  if (isRepetition(password) || guessableForms(password).some(isBreached)) return "guessable";
  if (isPersonal(password, owner, isBreached)) return "personal";
  return null;
}
