import { mayTakeVisit } from "../domain/proposals/volunteer-choice";
import { dateInDenmark } from "../domain/pathway/working-days";
import type { Executor } from "./executor";
import { type Volunteer, listVolunteers } from "./volunteers.server";

export interface VolunteerChoice {
  id: string;
  name: string;
}

async function straffeattestPolicy(db: Executor, associationId: string): Promise<number> {
  const row = await db
    .selectFrom("association")
    .innerJoin("municipality", "municipality.id", "association.municipality_id")
    .select("municipality.straffeattest_max_age_months as months")
    .where("association.id", "=", associationId)
    .executeTakeFirst();
  return row?.months ?? 24;
}

const forChoice = (v: Volunteer) => ({
  status: v.status,
  tavshedserklaering: v.tavshedserklaeringSignedOn !== null,
  straffeattestDate: v.straffeattestDate,
  load: v.load,
  capacity: v.capacity,
});

/**
 * The association's own volunteers who may take a visit now (active, vetted, with
 * room); `counted` is a volunteer whose load already includes the visit in question.
 */
export async function listOfferableVolunteers(
  db: Executor,
  associationId: string,
  counted: string | null = null,
): Promise<VolunteerChoice[]> {
  const [volunteers, months] = await Promise.all([
    listVolunteers(db, associationId),
    straffeattestPolicy(db, associationId),
  ]);
  const settings = { today: dateInDenmark(), straffeattestMaxAgeMonths: months };
  return volunteers
    .filter((v) => mayTakeVisit(forChoice(v), settings, v.id === counted))
    .map((v) => ({ id: v.id, name: `${v.firstName} ${v.lastName}` }));
}
