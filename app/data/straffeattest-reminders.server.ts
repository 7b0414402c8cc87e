import { straffeattestReminderEmail } from "../../emails/straffeattest-reminder";
import { isReminderDue, straffeattestState } from "../domain/volunteers/vetting";
import { publicUrl } from "../env.server";
import { formatDate } from "../ui/format";
import type { Database } from "./db.server";
import { nowIso } from "./executor";
import { enqueueEmail } from "./outbox.server";

/**
 * The daily reminder that straffeattester run out: one email per association editor,
 * listing that association's volunteers whose attest expires within the warning
 * window (or already has), each volunteer reminded about once per attest. Emails and
 * the reminded marks are written in one transaction, so a crash sends nothing twice
 * and loses nothing. `today` is the Danish calendar date (dateInDenmark()).
 */
export async function remindExpiringStraffeattester(
  db: Database,
  today: string,
): Promise<{ emails: number; volunteers: number }> {
  return db.transaction().execute(async (trx) => {
    const candidates = await trx
      .selectFrom("volunteer")
      .innerJoin("association", "association.id", "volunteer.association_id")
      .innerJoin("municipality", "municipality.id", "association.municipality_id")
      .select([
        "volunteer.id",
        "volunteer.first_name",
        "volunteer.last_name",
        "volunteer.status",
        "volunteer.straffeattest_date",
        "volunteer.straffeattest_reminded_at",
        "association.id as association_id",
        "association.name as association_name",
        "municipality.straffeattest_max_age_months as months",
      ])
      .where("volunteer.status", "!=", "ended")
      .where("volunteer.straffeattest_date", "is not", null)
      .orderBy("volunteer.first_name")
      .orderBy("volunteer.last_name")
      .execute();
    const due = candidates.filter((v) =>
      isReminderDue(
        { status: v.status, straffeattestDate: v.straffeattest_date, remindedAt: v.straffeattest_reminded_at },
        today,
        v.months,
      ),
    );
    const byAssociation = new Map<string, typeof due>();
    for (const v of due) byAssociation.set(v.association_id, [...(byAssociation.get(v.association_id) ?? []), v]);

    let emails = 0;
    let volunteers = 0;
    const remindedAt = nowIso();
    for (const [associationId, list] of byAssociation) {
      const editors = await trx
        .selectFrom("app_user")
        .select(["email", "name"])
        .where("role", "=", "association")
        .where("association_id", "=", associationId)
        .execute();
      // Without an editor nobody would read it; the volunteers stay due until one exists.
      if (editors.length === 0) continue;
      const attests = list.map((v) => {
        const state = straffeattestState(v.straffeattest_date, today, v.months);
        const validThrough = "validThrough" in state ? formatDate(state.validThrough) : "";
        return {
          name: `${v.first_name} ${v.last_name}`,
          when: state.kind === "expired" ? `udløb ${validThrough}` : `gyldig til og med ${validThrough}`,
        };
      });
      for (const editor of editors) {
        const email = straffeattestReminderEmail({
          editorName: editor.name,
          associationName: list[0]!.association_name,
          volunteers: attests,
          listUrl: publicUrl("/frivillige?attest=udloeber"),
        });
        await enqueueEmail(trx, {
          proposalId: null,
          kind: "straffeattest_reminder",
          recipient: editor.email,
          ...email,
          messageIdDomain: new URL(publicUrl("/")).hostname,
        });
        emails += 1;
      }
      await trx
        .updateTable("volunteer")
        .set({ straffeattest_reminded_at: remindedAt })
        .where("id", "in", list.map((v) => v.id))
        .execute();
      volunteers += list.length;
    }
    return { emails, volunteers };
  });
}
