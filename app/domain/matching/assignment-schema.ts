import { z } from "zod";
import { type AssignmentEdge, type AssignmentProblem, type IndexedProblem, type IndexProblemError, indexProblem } from "./assignment";
import { formatIssuePath } from "./pool-schema";

// The input of `npm run match -- solve` (DESIGN.md, "Command-line contract"). Strict like
// the pool file: other tools write it, and a misspelt field must not silently vanish.
// Refused besides the obvious: duplicate ids within `left` or `right`, edges naming an
// id that is not in the input, and the same left/right pair twice (see indexProblem).

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

export const assignmentEdgeSchema = edge();

/**
 * The file's shape. Edges are only required to form a list here: a file holds around
 * 100,000 of them, and having zod build a checked copy of each costs more than solving
 * the problem, so each edge goes through `isPlainEdge` and only one that fails it is
 * handed to `assignmentEdgeSchema`, which then names what is wrong.
 */
export const assignmentProblemSchema = strictObject({
  left: list(node()),
  right: list(node()),
  // Only "a list": zod walking 100k items, even as z.unknown(), costs tens of ms.
  edges: z.custom<unknown[]>((value) => Array.isArray(value), { error: typeError("en liste") }),
});

/**
 * True only for an edge `assignmentEdgeSchema` accepts as it is: an object with exactly the keys
 * left, right and weight, two non-empty strings and a finite number in [0, 1]
 * (assignment-schema.test.ts checks the two never disagree).
 */
export function isPlainEdge(value: unknown): value is AssignmentEdge {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const edge = value as Record<string, unknown>;
  let keys = 0;
  for (const key in edge) {
    if (!Object.hasOwn(edge, key)) continue;
    if (key !== "left" && key !== "right" && key !== "weight") return false;
    keys++;
  }
  const { left, right, weight } = edge;
  return (
    keys === 3 &&
    typeof left === "string" &&
    left !== "" &&
    typeof right === "string" &&
    right !== "" &&
    typeof weight === "number" &&
    weight >= 0 &&
    weight <= 1
  );
}

export type ParseAssignmentResult =
  | { success: true; problem: AssignmentProblem; indexed: IndexedProblem }
  | { success: false; error: string };

/**
 * Validates parsed JSON as a `solve` input, and indexes it for the solver; the error is
 * one Danish line naming the first place that is wrong.
 */
export function parseAssignmentProblem(input: unknown): ParseAssignmentResult {
  const shape = assignmentProblemSchema.safeParse(input);
  if (!shape.success) return failure(shape.error.issues[0], []);
  const edges: AssignmentEdge[] = shape.data.edges as AssignmentEdge[];
  for (let i = 0; i < edges.length; i++) {
    if (isPlainEdge(edges[i])) continue;
    const checked = assignmentEdgeSchema.safeParse(edges[i]);
    if (!checked.success) return failure(checked.error.issues[0], ["edges", i]);
    edges[i] = checked.data;
  }
  const problem: AssignmentProblem = { left: shape.data.left, right: shape.data.right, edges };
  const indexed = indexProblem(problem);
  if ("kind" in indexed) return { success: false, error: describe(problem, indexed) };
  return { success: true, problem, indexed };
}

function describe(problem: AssignmentProblem, error: IndexProblemError): string {
  switch (error.kind) {
    case "duplicate-id":
      return `${error.side}[${error.index}].id: id ${show(problem[error.side][error.index]!.id)} findes allerede (${error.side}[${error.earlier}])`;
    case "unknown-id": {
      const id = problem.edges[error.edge]![error.side];
      return `edges[${error.edge}].${error.side}: ukendt id ${show(id)} (findes ikke i ${error.side})`;
    }
    case "duplicate-pair": {
      const { left, right } = problem.edges[error.edge]!;
      return `edges[${error.edge}]: kanten ${show(left)} – ${show(right)} findes allerede (edges[${error.earlier}])`;
    }
  }
}

function failure(issue: z.core.$ZodIssue | undefined, prefix: PropertyKey[]): { success: false; error: string } {
  if (!issue) return { success: false, error: "ugyldig fil" };
  let path = [...prefix, ...issue.path];
  let message = issue.message;
  if (issue.code === "unrecognized_keys" && issue.keys.length > 0) {
    path = [...path, issue.keys[0] as string];
    message = "ukendt felt";
  }
  const where = formatIssuePath(path);
  return { success: false, error: (where === "" ? message : `${where}: ${message}`).replace(/\s+/g, " ") };
}
