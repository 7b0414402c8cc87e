import { data } from "react-router";
import { requireCitizen } from "../auth/citizen-access.server";
import { renderContactCard } from "../comms/contact-card.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { getContactCard } from "../data/users.server";
import { messages } from "../ui/messages";
import type { Route } from "./+types/borgere.$id.kontaktkort";

const PURPOSE = "Kontaktkort udskrevet til borgerens hjem";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(request, "/borgere/:id/kontaktkort", params.id, PURPOSE);
  const card = citizen.contactPersonId ? await getContactCard(db, citizen.contactPersonId) : undefined;
  if (!card) throw data({ message: messages.noContactPerson }, { status: 409 });
  const pdf = await renderContactCard({
    name: card.name,
    phone: card.phone,
    hours: card.contactHours,
    photo: card.photo && card.photoType ? { bytes: card.photo, type: card.photoType } : null,
    municipality: card.municipality ?? "",
    department: card.department ?? "",
  });
  await audit(db, {
    userId: user.id,
    action: "export",
    entity: "citizen",
    entityId: citizen.id,
    purpose: PURPOSE,
    details: { contactPersonId: citizen.contactPersonId },
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="kontaktkort.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
