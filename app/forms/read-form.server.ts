import { data } from "react-router";
import { messages } from "../ui/messages";

const MAX_FORM_BYTES = 256 * 1024;

/**
 * The submitted form, or a 400 with a Danish message when the body is not a form
 * at all (wrong content type, malformed, or far larger than any of our forms).
 */
export async function readForm(request: Request): Promise<FormData> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > MAX_FORM_BYTES) throw data({ message: messages.formUnreadable }, { status: 413 });
  try {
    return await request.formData();
  } catch {
    throw data({ message: messages.formUnreadable }, { status: 400 });
  }
}
