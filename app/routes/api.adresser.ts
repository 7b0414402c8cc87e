import { z } from "zod";
import { addressQuery } from "../address/address-hit";
import { AddressSearchUnavailable, searchAddresses } from "../address/address-search.server";
import { messages } from "../ui/messages";
import type { Route } from "./+types/api.adresser";

// Address suggestions for the "Søg adresse" box of every address form, and later the
// public catalogue: public, JSON, no citizen data stored or logged.

const query = z
  .string({ error: messages.addressQuery })
  .trim()
  .min(addressQuery.min, messages.addressQuery)
  .max(addressQuery.max, messages.addressQuery);

export async function loader({ request }: Route.LoaderArgs) {
  const parsed = query.safeParse(new URL(request.url).searchParams.get("q") ?? undefined);
  if (!parsed.success) {
    return Response.json({ message: messages.addressQuery }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  try {
    const hits = await searchAddresses(parsed.data);
    // Typing the same letters again within a minute should not ask the service twice.
    return Response.json({ hits }, { headers: { "Cache-Control": "private, max-age=60" } });
  } catch (error) {
    if (!(error instanceof AddressSearchUnavailable)) throw error;
    // The reason only: what was searched for may be a citizen's address.
    if (error.reason !== "not-configured") console.warn(`address search unavailable: ${error.reason}`);
    return Response.json(
      { message: messages.addressSearchUnavailable },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
