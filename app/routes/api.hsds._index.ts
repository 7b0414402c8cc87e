import { apiJson } from "../opendata/api-response.server";
import { hsdsApiInfo } from "../opendata/hsds.server";

export function loader() {
  return apiJson(hsdsApiInfo());
}
