import { describe, expect, test } from "vitest";
import { documentContentSecurityPolicy, emailPreviewHeaders, responseSecurityHeaders } from "./security-headers";

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name as string, values.join(" ")];
    }),
  );
}

describe("the document's Content-Security-Policy", () => {
  test("runs only the app's own scripts and inline scripts with this response's nonce", () => {
    const policy = directives(documentContentSecurityPolicy({ nonce: "abc123==" }));
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123=='");
    expect(policy.get("default-src")).toBe("'self'");
    expect(policy.get("style-src")).toBe("'self'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'self'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.has("style-src-attr")).toBe(false);
  });

  test("lets maplibre start its worker from a blob", () => {
    const policy = directives(documentContentSecurityPolicy({ nonce: "n" }));
    expect(policy.get("worker-src")).toContain("blob:");
  });

  test("allows the configured tile server's origin for the map, and no other", () => {
    const policy = directives(
      documentContentSecurityPolicy({ nonce: "n", tileUrl: "https://tiles.example.dk/osm/{z}/{x}/{y}.png" }),
    );
    expect(policy.get("connect-src")).toBe("'self' https://tiles.example.dk");
    expect(policy.get("img-src")).toContain("https://tiles.example.dk");
    expect(directives(documentContentSecurityPolicy({ nonce: "n" })).get("connect-src")).toBe("'self'");
  });

  test("keeps inline styles out of pages", () => {
    const policy = directives(documentContentSecurityPolicy({ nonce: "n" }));
    expect(policy.has("style-src-attr")).toBe(false);
    expect(policy.get("style-src")).not.toContain("'unsafe-inline'");
  });

  test("an email preview may style itself but not run, load or submit anything, and only this site frames it", () => {
    const policy = directives(emailPreviewHeaders()["Content-Security-Policy"] as string);
    expect(policy.get("default-src")).toBe("'none'");
    expect(policy.get("style-src")).toBe("'unsafe-inline'");
    expect(policy.has("script-src")).toBe(false);
    expect(policy.get("form-action")).toBe("'none'");
    expect(policy.get("frame-ancestors")).toBe("'self'");
    expect(policy.has("sandbox")).toBe(true);
  });
});

describe("headers on every response", () => {
  const plain = { https: false, production: true };

  test("forbid MIME sniffing and framing", () => {
    const headers = responseSecurityHeaders({ path: "/", ...plain });
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });

  test("the reply page, its code form and the invitation send no Referer; other pages only to this site", () => {
    expect(responseSecurityHeaders({ path: "/invitation/tok3n", ...plain })["Referrer-Policy"]).toBe("no-referrer");
    expect(responseSecurityHeaders({ path: "/svar/tok3n", ...plain })["Referrer-Policy"]).toBe("no-referrer");
    expect(responseSecurityHeaders({ path: "/svar", ...plain })["Referrer-Policy"]).toBe("no-referrer");
    expect(responseSecurityHeaders({ path: "/svarene", ...plain })["Referrer-Policy"]).toBe("same-origin");
    expect(responseSecurityHeaders({ path: "/aktiviteter", ...plain })["Referrer-Policy"]).toBe("same-origin");
  });

  test("Strict-Transport-Security only in production over HTTPS", () => {
    expect(responseSecurityHeaders({ path: "/", https: true, production: true })["Strict-Transport-Security"]).toMatch(
      /^max-age=31536000; includeSubDomains$/,
    );
    expect(responseSecurityHeaders({ path: "/", https: false, production: true })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    expect(responseSecurityHeaders({ path: "/", https: true, production: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
  });
});
