import { z } from "zod";
import type { AssignmentProblem } from "./assignment";
import { formatIssuePath } from "./pool-schema";

// The input of `npm run match -- solve` (DESIGN.md, "Command-line contract"). Strict like
// the pool file: other tools write it, and a misspelt field must not silently vanish.
// Refused besides the obvious: duplicate ids within `left` or `right`, edges naming an
// id that is not in the input, and the same left/right pair twice. The contract says
// "every edge used at most once"; two edges for one pair would let a pair be assigned
// twice, which no caller means, so a repeated pair is an error in the file.

type IssueInput = { input?: unknown };

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const typeError =
  (expected: string) =>
  (iss: IssueInput): string =>
    iss.input === undefined ? "mangler" : `skal være ${expected}`;

const strictObject = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === "unrecognized_keys") return `ukendt felt ${show(iss.keys[0])}`;
      return typeError("et objekt")(iss);
    },
  });

const id = () => z.string({ error: typeError("tekst") }).min(1, { error: "må ikke være tom" });

const node = () =>
  strictObject({
    id: id(),
    capacity: z
      .number({ error: typeError("et helt tal") })
      .int({ error: "skal være et helt tal" })
      .min(0, { error: "må ikke være negativ" }),
  });

const edge = () =>
  strictObject({
    left: id(),
    right: id(),
    weight: z
      .number({ error: typeError("et tal") })
      .min(0, { error: "skal være mellem 0 og 1" })
      .max(1, { error: "skal være mellem 0 og 1" }),
  });

const list = <T extends z.ZodType>(item: T) => z.array(item, { error: typeError("en liste") });

function indexIds(nodes: readonly { id: string }[], side: "left" | "right", ctx: z.RefinementCtx): Set<string> {
  const first = new Map<string, number>();
  nodes.forEach((n, i) => {
    const earlier = first.get(n.id);
    if (earlier === undefined) first.set(n.id, i);
    else ctx.addIssue({ code: "custom", path: [side, i, "id"], message: `id ${show(n.id)} findes allerede (${side}[${earlier}])` });
  });
  return new Set(first.keys());
}

export const assignmentProblemSchema = strictObject({
  left: list(node()),
  right: list(node()),
  edges: list(edge()),
}).superRefine((problem, ctx) => {
  const left = indexIds(problem.left, "left", ctx);
  const right = indexIds(problem.right, "right", ctx);
  // Keyed by the JSON of the pair, so no choice of separator can make two pairs collide.
  const pairs = new Map<string, number>();
  problem.edges.forEach((e, i) => {
    if (!left.has(e.left)) {
      ctx.addIssue({ code: "custom", path: ["edges", i, "left"], message: `ukendt id ${show(e.left)} (findes ikke i left)` });
      return;
    }
    if (!right.has(e.right)) {
      ctx.addIssue({ code: "custom", path: ["edges", i, "right"], message: `ukendt id ${show(e.right)} (findes ikke i right)` });
      return;
    }
    const key = JSON.stringify([e.left, e.right]);
    const earlier = pairs.get(key);
    if (earlier === undefined) pairs.set(key, i);
    else
      ctx.addIssue({
        code: "custom",
        path: ["edges", i],
        message: `kanten ${show(e.left)} – ${show(e.right)} findes allerede (edges[${earlier}])`,
      });
  });
});

export type ParseAssignmentResult =
  | { success: true; problem: AssignmentProblem }
  | { success: false; error: string };

/** Validates parsed JSON as a `solve` input; the error is one Danish line naming where. */
export function parseAssignmentProblem(input: unknown): ParseAssignmentResult {
  const result = assignmentProblemSchema.safeParse(input);
  if (result.success) return { success: true, problem: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { success: false, error: "ugyldig fil" };
  let path = [...issue.path];
  let message = issue.message;
  if (issue.code === "unrecognized_keys" && issue.keys.length > 0) {
    path = [...path, issue.keys[0] as string];
    message = "ukendt felt";
  }
  const where = formatIssuePath(path);
  return { success: false, error: (where === "" ? message : `${where}: ${message}`).replace(/\s+/g, " ") };
}
