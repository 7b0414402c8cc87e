import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "../db/url";

// Read once at start: a misconfigured server should refuse to boot, not fail
// on the first request that needs the setting.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => url.startsWith("file:"), {
      message:
        "only file:PATH (embedded SQLite) is supported so far; PostgreSQL support is planned",
    }),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .url({ protocol: /^smtps?$/, error: "use smtp://user:password@host:587 or smtps://user:password@host:465" })
      .optional(),
  ),
  MAIL_FROM: z
    .string()
    .default("Fællesskabsbro <ikke-svar@demo-kommune.dk>")
    .refine((value) => mailboxAddress(value) !== null, {
      message: 'use an email address, optionally with a name: "Fællesskabsbro <ikke-svar@kommune.dk>"',
    }),
  OUTBOX_DIR: z.string().default("./data/outbox"),
  MAP_TILE_URL: z.url().optional(),
  SEED_DEMO_DATA: z.enum(["auto", "never"]).default("auto"),
  // Address search through Dataforsyningen's GSearch; without a token staff type
  // addresses and coordinates by hand, so the demo runs offline.
  GSEARCH_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(1).optional()),
  GSEARCH_URL: z.url().default("https://api.dataforsyningen.dk/rest/gsearch/v2.0/adresse"),
  // A Digital Post gateway that takes one MeMo message per POST; without it letters
  // are exported (print.pdf and MeMo files) and uploaded by hand.
  DIGITAL_POST_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
  DIGITAL_POST_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(1).optional()),
  DIGITAL_POST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(15_000),
}).refine((e) => !e.DIGITAL_POST_URL || e.DIGITAL_POST_TOKEN, {
  path: ["DIGITAL_POST_TOKEN"],
  message: "is required when DIGITAL_POST_URL is set",
});

/** The address in `Name <address>` or a bare address; null when there is none. */
export function mailboxAddress(value: string): string | null {
  const match = /^\s*(?:"?[^"<>]*"?\s*)?<([^<>\s]+)>\s*$/.exec(value) ?? /^\s*([^<>\s]+)\s*$/.exec(value);
  const address = match?.[1];
  return address && z.email().safeParse(address).success ? address : null;
}

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();

/** The absolute origin printed in letters and emails. */
export function publicUrl(path: string): string {
  const base = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  return new URL(path, base).toString();
}
