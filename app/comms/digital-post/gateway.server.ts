// The Digital Post gateway: the municipality's route into Digital Post (its own
// integration, a print-and-post provider, or Serviceplatformen behind a proxy) that
// takes one MeMo message per request. Behind an interface so the rest of the app
// neither knows nor cares which one, and so tests play it with MSW.
import { env } from "../../env.server";
import { messages } from "../../ui/messages";

export interface MemoMessage {
  /** The message's messageUUID; also the idempotency key, so a retry is not a second letter. */
  uuid: string;
  xml: string;
}

export interface DigitalPostGateway {
  /** Resolves when the gateway has taken the message; throws DigitalPostError otherwise. */
  send(message: MemoMessage): Promise<void>;
}

export type DigitalPostFailure = "refused" | "unauthorised" | "unavailable" | "timeout" | "unreachable";

/** Why a message did not go, with the Danish sentence a coordinator reads. */
export class DigitalPostError extends Error {
  readonly reason: DigitalPostFailure;
  /** In Danish, for the coordinator. */
  readonly userMessage: string;
  constructor(reason: DigitalPostFailure, userMessage: string, detail?: string) {
    super(`Digital Post gateway: ${reason}${detail ? ` (${detail})` : ""}`);
    this.name = "DigitalPostError";
    this.reason = reason;
    this.userMessage = userMessage;
  }

  /** Whether the next letter is worth trying now: only the one letter was refused. */
  get onlyThisLetter(): boolean {
    return this.reason === "refused";
  }
}

export interface GatewaySettings {
  url: string;
  token: string;
  timeoutMs: number;
}

/** The gateway from the environment, or null when none is configured (export only). */
export function configuredGateway(): DigitalPostGateway | null {
  if (!env.DIGITAL_POST_URL || !env.DIGITAL_POST_TOKEN) return null;
  return httpGateway({ url: env.DIGITAL_POST_URL, token: env.DIGITAL_POST_TOKEN, timeoutMs: env.DIGITAL_POST_TIMEOUT_MS });
}

const MAX_DETAIL = 300;

export function httpGateway(settings: GatewaySettings): DigitalPostGateway {
  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(settings.url, {
          method: "POST",
          headers: {
            "Content-Type": "application/xml; charset=utf-8",
            Accept: "application/json, text/plain;q=0.9, */*;q=0.1",
            Authorization: `Bearer ${settings.token}`,
            "Idempotency-Key": message.uuid,
          },
          body: message.xml,
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
      } catch (error) {
        if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError")) {
          throw new DigitalPostError("timeout", messages.digitalPost.timeout(Math.max(1, Math.ceil(settings.timeoutMs / 1000))));
        }
        throw new DigitalPostError("unreachable", messages.digitalPost.unreachable);
      }
      // The body is read under the same time limit; a gateway that stalls mid-answer
      // is as unavailable as one that never answers.
      const detail = await readDetail(response, settings.timeoutMs);
      // 409: the gateway already has this messageUUID, i.e. an earlier try went through.
      if (response.ok || response.status === 409) return;
      const status = `HTTP ${response.status}`;
      if (response.status === 401 || response.status === 403) {
        throw new DigitalPostError("unauthorised", messages.digitalPost.unauthorised, status);
      }
      if (response.status === 429 || response.status >= 500) {
        throw new DigitalPostError("unavailable", messages.digitalPost.unavailable(response.status), status);
      }
      throw new DigitalPostError("refused", messages.digitalPost.refused(detail), `${status}: ${detail}`);
    },
  };
}

/**
 * A short reason from the gateway's answer: a JSON `message`, `detail` or `error`
 * (RFC 9457 problem details use `detail`), else the start of the text.
 */
async function readDetail(response: Response, timeoutMs: number): Promise<string> {
  let text: string;
  try {
    text = await Promise.race([
      response.text(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("body timeout")), timeoutMs).unref()),
    ]);
  } catch {
    return "";
  }
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === "object") {
      for (const key of ["detail", "message", "error", "title"]) {
        const value = (body as Record<string, unknown>)[key];
        if (typeof value === "string" && value.trim()) return value.trim().slice(0, MAX_DETAIL);
      }
    }
  } catch {
    // Not JSON: the text itself.
  }
  return text.replace(/\s+/g, " ").trim().slice(0, MAX_DETAIL);
}
