// Address search through Dataforsyningen's GSearch, with the service played by MSW:
// what staff get when it answers, and that every way it can fail ends in the calm
// "type it yourself" fallback rather than an error page.
import { HttpResponse, delay, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type AddressSearchSettings,
  AddressSearchUnavailable,
  geocodeOne,
  searchAddresses,
} from "../../app/address/address-search.server";
import { env } from "../../app/env.server";
import { loader as catalogueLoader } from "../../app/routes/aktiviteter._index";
import { loader } from "../../app/routes/api.adresser";
import { messages } from "../../app/ui/messages";
import { get, run } from "./helpers";

const GSEARCH = "https://api.dataforsyningen.dk/rest/gsearch/v2.0/adresse";
const settings: AddressSearchSettings = { url: GSEARCH, token: "test-token", timeoutMs: 1000 };

// Two answers as GSearch gives them: EPSG:25832 points, one MultiPoint (as the
// service's SQL wraps address points) and one Point with floor and door. The
// coordinates are DAWA's published ones for these addresses, so the expected
// latitudes and longitudes are the register's own.
const landgreven = {
  id: "0a3f507a-b2e6-32b8-e044-0003ba298018",
  kommunekode: "0101",
  kommunenavn: "København",
  vejkode: "4112",
  vejnavn: "Landgreven",
  husnummer: "10",
  etagebetegnelse: "",
  doerbetegnelse: "",
  postnummer: "1301",
  postnummernavn: "København K",
  visningstekst: "Landgreven 10, 1301 København K",
  geometri: { type: "MultiPoint", coordinates: [[725369.59, 6176652.55]] },
  vejpunkt_geometri: { type: "MultiPoint", coordinates: [[725360.1, 6176640.2]] },
};
const brammingevej = {
  ...landgreven,
  id: "0a3f5089-0408-32b8-e044-0003ba298018",
  kommunekode: "0461",
  kommunenavn: "Odense",
  vejnavn: "Brammingevej",
  husnummer: "18",
  etagebetegnelse: "2",
  doerbetegnelse: "th",
  postnummer: "5200",
  postnummernavn: "Odense V",
  visningstekst: "Brammingevej 18, 2. th, 5200 Odense V",
  geometri: { type: "Point", coordinates: [584330.74, 6139543.21] },
};

const requests: Request[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  // As in the offline demo, unless a test configures a token itself.
  env.GSEARCH_TOKEN = undefined;
  requests.length = 0;
  server.events.on("request:start", ({ request }) => {
    requests.push(request.clone());
  });
});
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

const answer = (body: unknown, init?: ResponseInit) =>
  server.use(http.get(GSEARCH, () => HttpResponse.json(body as never, init)));

async function failure(promise: Promise<unknown>): Promise<AddressSearchUnavailable> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AddressSearchUnavailable);
  return error as AddressSearchUnavailable;
}

describe("searchAddresses", () => {
  it("turns GSearch's answer into addresses ready for the form, in WGS84", async () => {
    answer([landgreven, brammingevej]);
    const hits = await searchAddresses("landgreven 10", { limit: 5, settings });
    expect(hits).toEqual([
      {
        text: "Landgreven 10, 1301 København K",
        address: "Landgreven 10",
        postcode: "1301",
        city: "København K",
        lat: expect.closeTo(55.683238, 5),
        lng: expect.closeTo(12.585147, 5),
      },
      {
        text: "Brammingevej 18, 2. th, 5200 Odense V",
        address: "Brammingevej 18, 2. th",
        postcode: "5200",
        city: "Odense V",
        lat: expect.closeTo(55.394897, 5),
        lng: expect.closeTo(10.331467, 5),
      },
    ]);
  });

  it("sends the query and limit, with the token in a header and not in the URL", async () => {
    answer([]);
    await searchAddresses("Vestergade 12 Skive", { limit: 5, settings });
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get("q")).toBe("Vestergade 12 Skive");
    expect(url.searchParams.get("limit")).toBe("5");
    expect(url.searchParams.has("token")).toBe(false);
    expect(requests[0]!.headers.get("token")).toBe("test-token");
  });

  it("answers an empty list when nothing matches", async () => {
    answer([]);
    await expect(searchAddresses("xyzzyvej 999", { settings })).resolves.toEqual([]);
  });

  it("is unavailable without a token, and does not call the service", async () => {
    const error = await failure(searchAddresses("Vestergade 12", { settings: { ...settings, token: undefined } }));
    expect(error.reason).toBe("not-configured");
    expect(requests).toHaveLength(0);
  });

  it.each([401, 403, 429, 500, 504])("is unavailable when the service answers %i", async (status) => {
    answer({ message: "nej" }, { status });
    expect((await failure(searchAddresses("Vestergade 12", { settings }))).reason).toBe("refused");
  });

  it("is unavailable when the service is too slow", async () => {
    server.use(
      http.get(GSEARCH, async () => {
        await delay(500);
        return HttpResponse.json([landgreven]);
      }),
    );
    const started = Date.now();
    const error = await failure(searchAddresses("Landgreven 10", { settings: { ...settings, timeoutMs: 50 } }));
    expect(error.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(400);
  });

  it("is unavailable when the service cannot be reached", async () => {
    server.use(http.get(GSEARCH, () => HttpResponse.error()));
    expect((await failure(searchAddresses("Landgreven 10", { settings }))).reason).toBe("unreachable");
  });

  it.each([
    ["a body that is not JSON", () => new HttpResponse("<html>Vedligeholdelse</html>", { status: 200 })],
    ["an object instead of a list", () => HttpResponse.json({ features: [landgreven] })],
    ["an address without coordinates", () => HttpResponse.json([{ ...landgreven, geometri: null, vejpunkt_geometri: null }])],
    ["an address without a postcode", () => HttpResponse.json([{ ...landgreven, postnummer: "" }])],
    [
      "coordinates in degrees rather than EPSG:25832",
      () => HttpResponse.json([{ ...landgreven, geometri: { type: "Point", coordinates: [12.585, 55.683] } }]),
    ],
  ])("is unavailable when the service answers %s", async (_name, respond) => {
    server.use(http.get(GSEARCH, respond));
    expect((await failure(searchAddresses("Landgreven 10", { settings }))).reason).toBe("nonsense");
  });
});

describe("geocodeOne", () => {
  beforeEach(() => {
    env.GSEARCH_TOKEN = "test-token";
  });
  afterEach(() => {
    env.GSEARCH_TOKEN = undefined;
  });

  it("gives the best match for an address", async () => {
    answer([landgreven, brammingevej]);
    const hit = await geocodeOne("Landgreven 10, København");
    expect(hit?.address).toBe("Landgreven 10");
    expect(new URL(requests[0]!.url).searchParams.get("limit")).toBe("1");
  });

  it("gives nothing when no address matches", async () => {
    answer([]);
    await expect(geocodeOne("xyzzyvej 999")).resolves.toBeUndefined();
  });
});

describe("GET /api/adresser", () => {
  const search = async (q?: string) =>
    run(loader, await get(q === undefined ? "/api/adresser" : `/api/adresser?q=${encodeURIComponent(q)}`));

  it.each([
    ["no query", undefined],
    ["two letters", "ve"],
    ["only spaces", "      "],
    ["more than 100 characters", "v".repeat(101)],
  ])("refuses %s with a Danish message", async (_name, q) => {
    const outcome = await search(q);
    expect(outcome.status).toBe(400);
    expect(outcome.data).toEqual({ message: messages.addressQuery });
    expect(requests).toHaveLength(0);
  });

  it("tells the browser to fall back to typing when no token is configured", async () => {
    const outcome = await search("Landgreven 10");
    expect(outcome.status).toBe(503);
    expect(outcome.data).toEqual({ message: messages.addressSearchUnavailable });
    expect(outcome.headers.get("Cache-Control")).toBe("no-store");
  });

  describe("with a token", () => {
    beforeEach(() => {
      env.GSEARCH_TOKEN = "test-token";
    });
    afterEach(() => {
      env.GSEARCH_TOKEN = undefined;
    });

    it("answers the suggestions as JSON, cached briefly and only by the browser", async () => {
      answer([landgreven]);
      const outcome = await search("  Landgreven 10 ");
      expect(outcome.status).toBe(200);
      expect(outcome.data.hits).toHaveLength(1);
      expect(outcome.data.hits[0]).toMatchObject({ address: "Landgreven 10", postcode: "1301", city: "København K" });
      expect(outcome.headers.get("Cache-Control")).toMatch(/^private, max-age=\d+$/);
      expect(new URL(requests[0]!.url).searchParams.get("q")).toBe("Landgreven 10");
    });

    it("answers 503 with the fallback message when the service fails", async () => {
      answer({ message: "Internal Server Error" }, { status: 500 });
      const outcome = await search("Landgreven 10");
      expect(outcome.status).toBe(503);
      expect(outcome.data).toEqual({ message: messages.addressSearchUnavailable });
    });
  });

  describe("the catalogue's \"nær\" field", () => {
    afterEach(() => {
      env.GSEARCH_TOKEN = undefined;
    });

    it("measures distances from a looked-up address", async () => {
      env.GSEARCH_TOKEN = "test-token";
      answer([landgreven]);
      const outcome = await run(catalogueLoader, await get("/aktiviteter?naer=Landgreven+10&km=25"));
      expect(outcome.data.origin).toMatchObject({ label: "Landgreven 10, 1301 København K" });
      expect(outcome.data.origin.lat).toBeCloseTo(55.6836, 3);
      expect(outcome.data.notices).toEqual([]);
    });

    it("says the place was not found when address search is unavailable", async () => {
      const outcome = await run(catalogueLoader, await get("/aktiviteter?naer=Landgreven+10"));
      expect(outcome.data.origin).toBeNull();
      expect(outcome.data.notices).toEqual([messages.catalogueNearUnknown("Landgreven 10")]);
    });
  });
});
