import { describe, expect, it } from "vitest";
import { clientNetwork } from "./client-network";

describe("the client's network", () => {
  it("is the IPv4 address itself, also when written as an IPv6-mapped address", () => {
    expect(clientNetwork("203.0.113.7")).toBe("203.0.113.7");
    expect(clientNetwork("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("is the /64 for IPv6, however the address is abbreviated", () => {
    expect(clientNetwork("2001:db8:0:1::42")).toBe("2001:db8:0:1::/64");
    expect(clientNetwork("2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:0:1::/64");
    expect(clientNetwork("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientNetwork("::1")).toBe("0:0:0:0::/64");
  });

  it("puts requests without an address in one shared bucket", () => {
    expect(clientNetwork(undefined)).toBe("unknown");
  });
});
