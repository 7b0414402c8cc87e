// The daily straffeattest reminder: each association editor gets one email listing
// their own association's volunteers whose attest runs out within 60 days (or has),
// through the outbox, once per attest.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/data/db.server";
import { remindExpiringStraffeattester } from "../../app/data/straffeattest-reminders.server";
import { createUser } from "../../app/data/users.server";
import { subtractMonths } from "../../app/domain/matching/rules";
import { addDays, dateInDenmark } from "../../app/domain/pathway/working-days";
import { runDailyJobs } from "../../app/jobs/daily-jobs.server";
import { createVolunteerViaForm } from "./fixtures";
import { PASSWORD, type TestOrg, createTestOrg } from "./helpers";

let org: TestOrg;
const today = dateInDenmark();
const attestWithDaysLeft = (days: number) => subtractMonths(addDays(today, days), 24);
const ids: Record<string, string> = {};
const SECOND_EDITOR = "redaktoer2@example.dk";

const outbox = () => db.selectFrom("outbox").selectAll().orderBy("recipient").execute();

beforeAll(async () => {
  org = await createTestOrg();
  await createUser(db, { email: SECOND_EDITOR, name: "Anden Redaktør", role: "association", password: PASSWORD, associationId: org.associationA });
  const volunteer = async (key: string, lastName: string, straffeattestDate: string | null, user = org.users.association) => {
    ids[key] = await createVolunteerViaForm(user, {
      firstName: key,
      lastName,
      email: `${key.toLowerCase()}@example.dk`,
      ...(straffeattestDate ? { straffeattestDate } : { straffeattestDate: [] }),
    });
  };
  await volunteer("Else", "Snart", attestWithDaysLeft(30));
  await volunteer("Erik", "Udløbet", attestWithDaysLeft(-3));
  await volunteer("Vera", "Gyldig", attestWithDaysLeft(200));
  await volunteer("Stig", "Stoppet", attestWithDaysLeft(10));
  await volunteer("Mads", "Mangler", null);
  await volunteer("Bo", "Iforeningb", attestWithDaysLeft(15), org.users.otherAssociation);
  await db.updateTable("volunteer").set({ status: "ended" }).where("id", "=", ids.Stig!).execute();
});

describe("reminding associations of expiring straffeattester", () => {
  it("writes one email per editor, listing only their association's volunteers that need a new attest", async () => {
    const result = await remindExpiringStraffeattester(db, today);
    expect(result).toEqual({ emails: 3, volunteers: 3 });
    const mails = await outbox();
    expect(mails.map((m) => m.recipient)).toEqual([org.users.association.email, org.users.otherAssociation.email, SECOND_EDITOR].sort());
    for (const mail of mails) expect(mail.status).toBe("pending");

    const toA = mails.find((m) => m.recipient === org.users.association.email)!;
    expect(toA.subject).toBe("Straffeattest skal fornyes for 2 frivillige i Ældre Sagen Test");
    expect(toA.text).toContain("Kære Test association,");
    expect(toA.text).toMatch(/- Else Snart – gyldig til og med \d+\. \w+ \d{4}/);
    expect(toA.text).toMatch(/- Erik Udløbet – udløb \d+\. \w+ \d{4}/);
    expect(toA.text).toContain("http://localhost:3000/frivillige?attest=udloeber");
    for (const absent of ["Vera", "Stig", "Mads", "Bo"]) expect(toA.text).not.toContain(absent);
    expect(toA.html).toContain("<strong>Else Snart</strong>");

    const toB = mails.find((m) => m.recipient === org.users.otherAssociation.email)!;
    expect(toB.subject).toBe("Straffeattest skal fornyes for 1 frivillig i Røde Kors Test");
    expect(toB.text).toContain("Bo Iforeningb");
    expect(toB.text).not.toContain("Else");
  });

  it("marks the reminded volunteers, and only them", async () => {
    const rows = await db.selectFrom("volunteer").select(["first_name", "straffeattest_reminded_at"]).execute();
    const reminded = rows.filter((r) => r.straffeattest_reminded_at !== null).map((r) => r.first_name).sort();
    expect(reminded).toEqual(["Bo", "Else", "Erik"]);
  });

  it("sends nothing twice for the same attest, the same day or later", async () => {
    const before = (await outbox()).length;
    expect(await remindExpiringStraffeattester(db, today)).toEqual({ emails: 0, volunteers: 0 });
    expect(await remindExpiringStraffeattester(db, addDays(today, 10))).toEqual({ emails: 0, volunteers: 0 });
    expect((await outbox()).length).toBe(before);
  });

  it("reminds again when a renewed attest in its turn runs out", async () => {
    const renewed = attestWithDaysLeft(100);
    await db.updateTable("volunteer").set({ straffeattest_date: renewed }).where("id", "=", ids.Else!).execute();
    expect((await remindExpiringStraffeattester(db, today)).emails).toBe(0);
    const before = new Set((await outbox()).map((m) => m.id));
    const result = await remindExpiringStraffeattester(db, addDays(today, 45));
    // By then Else's renewed attest has 55 days left; Vera's still 155, Erik was reminded.
    expect(result).toEqual({ emails: 2, volunteers: 1 });
    const fresh = (await outbox()).filter((m) => !before.has(m.id));
    expect(fresh.map((m) => m.recipient)).toEqual([org.users.association.email, SECOND_EDITOR].sort());
    for (const mail of fresh) {
      expect(mail.text).toContain("Else Snart");
      expect(mail.text).not.toContain("Erik");
    }
  });
});

describe("as a daily job", () => {
  it("runs with the server's daily jobs", async () => {
    // As if Erik's expired attest had never been reminded of.
    await db.updateTable("volunteer").set({ straffeattest_reminded_at: null }).where("id", "=", ids.Erik!).execute();
    const before = new Set((await outbox()).map((m) => m.id));
    await runDailyJobs(db, today);
    const fresh = (await outbox()).filter((m) => !before.has(m.id) && m.recipient === org.users.association.email);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.text).toContain("Erik Udløbet");
  });
});
