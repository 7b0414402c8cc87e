import { z } from "zod";

// Query parameters of the open-data API (HSDS 3.0 `GET /services`, `GET /organizations`). The API's users are
// developers, so its messages are English. Parameters HSDS defines that we do not
// support (taxonomy_term_id, taxonomy_id, format, minimal, full) are ignored.

export const HSDS_MAX_PER_PAGE = 100;
export const HSDS_DEFAULT_PER_PAGE = 50;

const positiveInteger = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${name} must be at least 1`).max(max, `${name} must be at most ${max}`));

/** Paging and full-text search, as every HSDS list endpoint takes them. */
export const hsdsListQuery = z.object({
  page: positiveInteger("page", 1_000_000).default(1),
  per_page: positiveInteger("per_page", HSDS_MAX_PER_PAGE).default(HSDS_DEFAULT_PER_PAGE),
  search: z.string().trim().max(200, "search must be at most 200 characters").optional(),
});

export const hsdsServicesQuery = hsdsListQuery.extend({
  organization_id: z.uuid("organization_id must be a UUID").optional(),
  modified_after: z.iso.datetime({ offset: true, message: "modified_after must be an ISO 8601 date-time" }).optional(),
});
