// An association registers its volunteers; only that association sees them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import * as volunteersRoute from "../../app/routes/frivillige._index";
import * as newVolunteerRoute from "../../app/routes/frivillige.ny";
import { messages } from "../../app/ui/messages";
import { type Form, daysAgo, daysAhead, volunteerForm } from "./fixtures";
import { type TestOrg, type TestUser, createTestOrg, get, post, run } from "./helpers";

let org: TestOrg;
beforeAll(async () => {
  org = await createTestOrg();
});

const submit = async (form: Form, user: TestUser = org.users.association) =>
  run(newVolunteerRoute.action, await post("/frivillige/ny", form, user));

const countVolunteers = async () =>
  Number((await db.selectFrom("volunteer").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

type Listed = { id: string; firstName: string; lastName: string; associationId: string };
const listAs = async (user: TestUser): Promise<Listed[]> => {
  const outcome = await run(volunteersRoute.loader, await get("/frivillige", user));
  expect(outcome.status).toBe(200);
  return outcome.data.volunteers;
};

describe("an association creates a volunteer", () => {
  beforeAll(async () => {
    const outcome = await submit(
      volunteerForm({ firstName: "Kirsten", lastName: "Hjælpsom", email: "Kirsten.Hjaelpsom@Example.dk", phone: "+45 22 33 44 55" }),
    );
    expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
    expect(outcome.location).toBe("/frivillige");
    const other = await submit(
      volunteerForm({ firstName: "Bent", lastName: "Fraforeningb", email: "bent@example.dk" }),
      org.users.otherAssociation,
    );
    expect(other.status).toBe(302);
  });

  it("is saved with the association, normalised email and phone, and Danish decimals", async () => {
    const row = await db
      .selectFrom("volunteer")
      .selectAll()
      .where("last_name", "=", "Hjælpsom")
      .executeTakeFirstOrThrow();
    expect(row.association_id).toBe(org.associationA);
    expect(row.email).toBe("kirsten.hjaelpsom@example.dk");
    expect(row.phone).toBe("22334455");
    expect(row.lat).toBeCloseTo(56.4907, 6);
    expect(JSON.parse(row.slots)).toEqual(["tue-am", "thu-pm"]);
    expect(row.car).toBe(1);
    expect(row.status).toBe("active");
    expect(row.tavshedserklaering_signed_on).toBe(daysAgo(30));
  });

  it("is listed for the association's own users", async () => {
    const asEditor = await listAs(org.users.association);
    expect(asEditor.map((v) => `${v.firstName} ${v.lastName}`)).toContain("Kirsten Hjælpsom");
    const asBridgeBuilder = await listAs(org.users.bridge_builder);
    expect(asBridgeBuilder.map((v) => v.lastName)).toContain("Hjælpsom");
  });

  it("is not listed for another association's users", async () => {
    for (const user of [org.users.otherAssociation, org.users.otherBridgeBuilder]) {
      const names = (await listAs(user)).map((v) => v.lastName);
      expect(names).not.toContain("Hjælpsom");
      expect(names).toContain("Fraforeningb");
    }
    const own = (await listAs(org.users.association)).map((v) => v.lastName);
    expect(own).not.toContain("Fraforeningb");
  });

  it("an administrator sees every association's volunteers", async () => {
    const names = (await listAs(org.users.admin)).map((v) => v.lastName);
    expect(names).toEqual(expect.arrayContaining(["Hjælpsom", "Fraforeningb"]));
  });

  it("only the association's editor is offered to create volunteers", async () => {
    const editor = await run(volunteersRoute.loader, await get("/frivillige", org.users.association));
    const bridge = await run(volunteersRoute.loader, await get("/frivillige", org.users.bridge_builder));
    expect(editor.data.canCreate).toBe(true);
    expect(bridge.data.canCreate).toBe(false);
  });
});

describe("bad input for a new volunteer", () => {
  it.each<[string, Form, string, string]>([
    ["a malformed email", { email: "kirsten@" }, "email", messages.email],
    ["a phone number with three digits", { phone: "123" }, "phone", messages.phone],
    ["no times chosen", { slots: [] }, "slots", messages.chooseAtLeastOne],
    ["a straffeattest dated in the future", { straffeattestDate: daysAhead(60) }, "straffeattestDate", messages.dateNotInFuture],
    ["a straffeattest date that is not a date", { straffeattestDate: "31-12-2025" }, "straffeattestDate", messages.date],
    ["a capacity of eleven citizens", { capacity: "11" }, "capacity", messages.wholeNumber(1, 10)],
  ])("%s is refused with a Danish message and the typed values kept", async (_case, bad, field, message) => {
    const before = await countVolunteers();
    const form = volunteerForm({ email: "ny.frivillig@example.dk", ...bad });
    const outcome = await submit(form);
    expect(outcome.status).toBe(400);
    expect(outcome.data.result.error[field]).toEqual([message]);
    expect(Object.keys(outcome.data.result.error)).toEqual([field]);
    expect(outcome.data.result.initialValue).toMatchObject({ firstName: "Birthe", area: "Struer midtby", lat: "56,4907" });
    if (field !== "slots") expect(outcome.data.result.initialValue[field]).toBe(form[field]);
    expect(await countVolunteers()).toBe(before);
  });

  it("several mistakes at once are all marked", async () => {
    const before = await countVolunteers();
    const outcome = await submit(
      volunteerForm({ email: "ikke en mail", phone: "123", slots: [], straffeattestDate: daysAhead(1) }),
    );
    expect(outcome.status).toBe(400);
    const { error, initialValue } = outcome.data.result;
    expect(error).toMatchObject({
      email: [messages.email],
      phone: [messages.phone],
      slots: [messages.chooseAtLeastOne],
      straffeattestDate: [messages.dateNotInFuture],
    });
    expect(initialValue).toMatchObject({ email: "ikke en mail", phone: "123", straffeattestDate: daysAhead(1), lastName: "Frivilligsen" });
    expect(await countVolunteers()).toBe(before);
  });

  it("a bridge-builder, who may see volunteers, may not create them", async () => {
    const before = await countVolunteers();
    const outcome = await submit(volunteerForm({ email: "via.tovholder@example.dk" }), org.users.bridge_builder);
    expect(outcome.status).toBe(403);
    expect(await countVolunteers()).toBe(before);
  });
});
