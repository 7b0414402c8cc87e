import { getAssociationLogo } from "../data/associations.server";
import { db } from "../data/db.server";
import { messages } from "../ui/messages";
import type { Route } from "./+types/foreninger.$id.logo";

// Public: the catalogue and the association's public page show the logo. Short
// caching with an ETag, so a new logo shows within minutes everywhere and at once
// where the URL carries the version (?v=…).
export async function loader({ request, params }: Route.LoaderArgs) {
  const logo = await getAssociationLogo(db, params.id);
  if (!logo) {
    return new Response(messages.notFound, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const etag = `"${logo.version}"`;
  const cache = {
    "Cache-Control": new URL(request.url).searchParams.get("v") === logo.version
      ? "public, max-age=31536000, immutable"
      : "public, max-age=300",
    ETag: etag,
  };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers: cache });
  return new Response(new Uint8Array(logo.bytes), {
    headers: { ...cache, "Content-Type": logo.type, "Content-Length": String(logo.bytes.byteLength) },
  });
}
