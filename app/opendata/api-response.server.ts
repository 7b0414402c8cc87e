import type { z } from "zod";

// Answers of the open-data API: JSON, readable from any site (open data, GET only).

const headers = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=300",
};

export const apiJson = (body: unknown, status = 200) => Response.json(body, { status, headers });

export const apiNotFound = (message: string) => apiJson({ error: "not_found", message }, 404);

export function apiBadRequest(error: z.ZodError) {
  const issues = error.issues.map((issue) => ({ parameter: issue.path.join("."), message: issue.message }));
  return apiJson({ error: "bad_request", message: issues.map((i) => i.message).join("; "), issues }, 400);
}
