import { sql } from "kysely";
import type { ActivityRow, Association } from "../../db/schema";
import type { Weekday } from "../domain/vocabulary";
import type { PublishedActivity, PublishedAssociation } from "../opendata/published-activity";
import { listOccurrenceChanges } from "./activity-dates.server";
import { type Executor, parseList } from "./executor";

// Reads for the public feeds (iCalendar, Open Referral HSDS). Only what the public
// catalogue already shows leaves through here.

type AssociationColumns = Pick<
  Association,
  "id" | "name" | "description" | "email" | "phone" | "website" | "contact_name" | "area"
> & { municipality_name: string };

function toAssociation(row: AssociationColumns): PublishedAssociation {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    email: row.email,
    phone: row.phone,
    website: row.website,
    contactName: row.contact_name,
    area: row.area,
    municipalityName: row.municipality_name,
  };
}

function activitiesWithAssociation(db: Executor) {
  return db
    .selectFrom("activity")
    .innerJoin("association", "association.id", "activity.association_id")
    .innerJoin("municipality", "municipality.id", "association.municipality_id")
    .selectAll("activity")
    .select([
      "association.name as association_name",
      "association.description as association_description",
      "association.email as association_email",
      "association.phone as association_phone",
      "association.website as association_website",
      "association.contact_name as association_contact_name",
      "association.area as association_area",
      "municipality.name as municipality_name",
    ]);
}

type Joined = ActivityRow & {
  association_name: string;
  association_description: string;
  association_email: string;
  association_phone: string;
  association_website: string;
  association_contact_name: string;
  association_area: string;
  municipality_name: string;
};

async function publish(db: Executor, rows: Joined[]): Promise<PublishedActivity[]> {
  const changes = await listOccurrenceChanges(db, rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    interests: parseList(row.interests),
    languages: parseList(row.languages),
    weekday: row.weekday as Weekday,
    rrule: row.rrule,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    startTime: row.start_time,
    endTime: row.end_time,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    lat: row.lat,
    lng: row.lng,
    stepFree: row.step_free === 1,
    hearingLoop: row.hearing_loop === 1,
    accessibleToilet: row.accessible_toilet === 1,
    transport: row.transport === 1,
    seating: row.seating === 1,
    parking: row.parking === 1,
    price: row.price,
    targetGroup: row.target_group,
    status: row.status,
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    changes: changes.get(row.id) ?? [],
    association: toAssociation({
      id: row.association_id,
      name: row.association_name,
      description: row.association_description,
      email: row.association_email,
      phone: row.association_phone,
      website: row.association_website,
      contact_name: row.association_contact_name,
      area: row.association_area,
      municipality_name: row.municipality_name,
    }),
  }));
}

/** One activity, active or cancelled; the caller decides what a cancelled one shows. */
export async function getPublishedActivity(db: Executor, id: string): Promise<PublishedActivity | undefined> {
  const row = await activitiesWithAssociation(db).where("activity.id", "=", id).executeTakeFirst();
  return row ? (await publish(db, [row]))[0] : undefined;
}

export async function getPublishedAssociation(db: Executor, id: string): Promise<PublishedAssociation | undefined> {
  const row = await db
    .selectFrom("association")
    .innerJoin("municipality", "municipality.id", "association.municipality_id")
    .select([
      "association.id",
      "association.name",
      "association.description",
      "association.email",
      "association.phone",
      "association.website",
      "association.contact_name",
      "association.area",
      "municipality.name as municipality_name",
    ])
    .where("association.id", "=", id)
    .executeTakeFirst();
  return row ? toAssociation(row) : undefined;
}

/**
 * An association's active activities, plus those cancelled on or after `cancelledSince`
 * so calendars subscribed to the feed learn of the cancellation before it drops out.
 */
export async function listAssociationFeedActivities(
  db: Executor,
  associationId: string,
  cancelledSince: string,
): Promise<PublishedActivity[]> {
  const rows = await activitiesWithAssociation(db)
    .where("activity.association_id", "=", associationId)
    .where((eb) =>
      eb.or([
        eb("activity.status", "=", "active"),
        eb.and([eb("activity.status", "=", "cancelled"), eb("activity.cancelled_at", ">=", cancelledSince)]),
      ]),
    )
    .orderBy("activity.starts_on")
    .orderBy("activity.id")
    .execute();
  return publish(db, rows);
}

/** What a paginated API may narrow the active activities to. */
export interface ActiveActivityFilter {
  /** Words in the title or description. */
  search?: string;
  associationId?: string;
  /** ISO 8601 instant: only activities changed since. */
  modifiedAfter?: string;
}

/** A LIKE pattern matching `words` anywhere, with LIKE's own wildcards escaped by "\\". */
const containing = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function activeMatching(db: Executor, filter: ActiveActivityFilter) {
  let query = activitiesWithAssociation(db).where("activity.status", "=", "active");
  if (filter.associationId) query = query.where("activity.association_id", "=", filter.associationId);
  if (filter.modifiedAfter) {
    query = query.where("activity.updated_at", ">=", new Date(filter.modifiedAfter).toISOString());
  }
  if (filter.search) {
    const pattern = containing(filter.search);
    query = query.where(
      sql<boolean>`(activity.title like ${pattern} escape '\\' or activity.description like ${pattern} escape '\\')`,
    );
  }
  return query;
}

export async function countActiveActivities(db: Executor, filter: ActiveActivityFilter = {}): Promise<number> {
  const row = await activeMatching(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of active activities in a stable order (title, then id), for paginated APIs. */
export async function listActiveActivitiesPage(
  db: Executor,
  filter: ActiveActivityFilter,
  offset: number,
  limit: number,
): Promise<PublishedActivity[]> {
  const rows = await activeMatching(db, filter)
    .orderBy("activity.title")
    .orderBy("activity.id")
    .limit(limit)
    .offset(offset)
    .execute();
  return publish(db, rows);
}

function associationsMatching(db: Executor, search: string | undefined) {
  let query = db
    .selectFrom("association")
    .innerJoin("municipality", "municipality.id", "association.municipality_id");
  if (search) {
    const pattern = containing(search);
    query = query.where(
      sql<boolean>`(association.name like ${pattern} escape '\\' or association.description like ${pattern} escape '\\')`,
    );
  }
  return query;
}

export async function countAssociations(db: Executor, search?: string): Promise<number> {
  const row = await associationsMatching(db, search)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of associations by name (then id), for paginated APIs. */
export async function listAssociationsPage(
  db: Executor,
  search: string | undefined,
  offset: number,
  limit: number,
): Promise<PublishedAssociation[]> {
  const rows = await associationsMatching(db, search)
    .select([
      "association.id",
      "association.name",
      "association.description",
      "association.email",
      "association.phone",
      "association.website",
      "association.contact_name",
      "association.area",
      "municipality.name as municipality_name",
    ])
    .orderBy("association.name")
    .orderBy("association.id")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toAssociation);
}

/** Every active activity of one association, by title. */
export async function listAssociationActiveActivities(db: Executor, associationId: string): Promise<PublishedActivity[]> {
  const rows = await activeMatching(db, { associationId })
    .orderBy("activity.title")
    .orderBy("activity.id")
    .execute();
  return publish(db, rows);
}
