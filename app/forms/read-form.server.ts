import { data } from "react-router";
import { messages } from "../ui/messages";

const MAX_FORM_BYTES = 256 * 1024;

/**
 * The submitted form, or a 400 with a Danish message when the body is not a form
 * at all (wrong content type, malformed, or far larger than any of our forms).
 * Forms with a file upload pass their own limit and the message that explains it.
 */
export async function readForm(
  request: Request,
  limit: { bytes: number; message: string } = { bytes: MAX_FORM_BYTES, message: messages.formUnreadable },
): Promise<FormData> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > limit.bytes) throw data({ message: limit.message }, { status: 413 });
  try {
    return await request.formData();
  } catch {
    throw data({ message: messages.formUnreadable }, { status: 400 });
  }
}
