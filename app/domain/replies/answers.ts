// What one press of "Ja tak", "Nej tak" or "Ring til mig" does. The citizen may
// change their mind until the link expires: a different answer is a new entry in
// the history and becomes the proposal's answer. Pressing the answer already given
// again (a double click, a reload that re-posts the form) changes nothing, so each
// answer is recorded once.

export type ReplyAnswer = "yes" | "no" | "call";

export interface AnswerEffect {
  /** Add the answer to the history and make it the proposal's answer. */
  record: boolean;
  /** Give the contact person a task to call the citizen. */
  callTask: boolean;
}

export function answerEffect(
  answer: ReplyAnswer,
  before: { latest: ReplyAnswer | null; openCallTask: boolean },
): AnswerEffect {
  if (answer === before.latest) return { record: false, callTask: false };
  return { record: true, callTask: answer === "call" && !before.openCallTask };
}
