import {
  barrierLabels,
  barriers,
  formatLabels,
  formats,
  genderLabels,
  genders,
  interests,
  languageCodes,
  languages,
  weekdayLabels,
  weekdays,
} from "../domain/vocabulary";

// The vocabulary as {value,label} lists for checkboxes, radios and selects.
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const interestOptions = interests.map((i) => ({ value: i, label: capitalise(i) }));
export const languageOptions = languageCodes.map((c) => ({ value: c, label: languages[c] }));
export const weekdayOptions = weekdays.map((d) => ({ value: d, label: weekdayLabels[d] }));
export const barrierOptions = barriers.map((b) => ({ value: b, label: barrierLabels[b] }));
export const formatOptions = formats.map((f) => ({ value: f, label: formatLabels[f] }));
export const genderOptions = genders.map((g) => ({ value: g, label: genderLabels[g] }));

export const genderPreferenceOptions = [
  { value: "female", label: "Kvinde" },
  { value: "male", label: "Mand" },
];
export const contactChannelOptions = [
  { value: "letter", label: "Brev med posten" },
  { value: "email", label: "E-mail" },
];
