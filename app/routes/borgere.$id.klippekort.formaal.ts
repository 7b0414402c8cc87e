import { data } from "react-router";
import { requireCitizen } from "../auth/citizen-access.server";
import { renderClipPurpose } from "../comms/clip-purpose.server";
import { audit } from "../data/audit.server";
import { getClipGrant } from "../data/clips.server";
import { db } from "../data/db.server";
import { getMunicipality } from "../data/organisations.server";
import { getContactPerson } from "../data/users.server";
import { describeClips } from "../ui/citizen-labels";
import { formatDate } from "../ui/format";
import { messages } from "../ui/messages";
import type { Route } from "./+types/borgere.$id.klippekort.formaal";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { user, citizen } = await requireCitizen(
    request,
    "/borgere/:id/klippekort/formaal",
    params.id,
    "Formålsbeskrivelse til hjemmeplejen",
  );
  const grant = await getClipGrant(db, citizen.id);
  if (!grant) throw data({ message: messages.noClipGrant }, { status: 404 });
  const [municipality, contact] = await Promise.all([
    getMunicipality(db, citizen.municipalityId),
    getContactPerson(db, citizen.contactPersonId ?? user.id),
  ]);
  if (!municipality || !contact) throw data({ message: messages.notFound }, { status: 404 });
  const pdf = await renderClipPurpose({
    municipality: municipality.name,
    department: municipality.department,
    citizen: {
      fullName: `${citizen.firstName} ${citizen.lastName}`,
      addressLines: [citizen.address, `${citizen.postcode} ${citizen.city}`],
    },
    clips: describeClips(grant),
    valid: `${formatDate(grant.startDate)} – ${formatDate(grant.expiryDate)}`,
    purpose: grant.purpose,
    contact: { name: contact.name, phone: contact.phone },
  });
  await audit(db, {
    userId: user.id,
    action: "export",
    entity: "citizen",
    entityId: citizen.id,
    purpose: "Formålsbeskrivelse til hjemmeplejen udskrevet",
    details: { grantId: grant.id },
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="klippekort-formaal-${citizen.id}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
