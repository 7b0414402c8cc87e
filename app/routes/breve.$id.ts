import { data } from "react-router";
import { z } from "zod";
import { requireAccess } from "../auth/guard.server";
import { audit } from "../data/audit.server";
import { db } from "../data/db.server";
import { getLetterPdf } from "../data/letters.server";
import { messages } from "../ui/messages";
import type { Route } from "./+types/breve.$id";

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireAccess(request, "/breve/:id");
  const id = z.uuid().safeParse(params.id);
  const letter = id.success
    ? await getLetterPdf(db, id.data, user.role === "admin" ? null : user.municipalityId)
    : undefined;
  if (!letter) throw data({ message: messages.notFound }, { status: 404 });
  await audit(db, {
    userId: user.id,
    action: "export",
    entity: "letter",
    entityId: params.id,
    purpose: "Brev hentet til udskrivning",
    details: { citizenId: letter.citizen_id },
  });
  return new Response(new Uint8Array(letter.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="forslag-${params.id}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
