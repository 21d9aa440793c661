import ipaddr from 'ipaddr.js';

/**
 * Which network addresses the server may fetch feeds and pages from. On a person's own machine
 * anything goes (a feed on their home server is theirs to read). A server shared by a team must
 * not let a pasted address reach inside its own network, so private, loopback, link-local and
 * other non-public addresses are refused there.
 */
export interface AddressPolicy {
  /** Whether an IP address (v4 or v6, as text) may be connected to. */
  allows(address: string): boolean;
  /** Why an address was refused, as a phrase about the address that reads after it. */
  readonly refusal: string;
}

/**
 * Whether an address is on the public internet: global unicast, IPv4 inside IPv6 judged as
 * IPv4. Everything ipaddr.js puts in a special range (private, loopback, link-local, unique
 * local, carrier-grade NAT, multicast, documentation, 6to4 and the like) is not.
 */
export function isPublicAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() turns an IPv4-mapped IPv6 address (::ffff:10.0.0.1) into the IPv4 it carries.
    parsed = ipaddr.process(address.replace(/^\[|\]$/g, ''));
  } catch {
    return false;
  }
  return parsed.range() === 'unicast';
}

export const PRIVATE_ADDRESS_REFUSAL =
  'is on a private or local network, which this Rebound server does not fetch from';

/** The policy for a setup: private addresses allowed (local use) or refused (a shared server). */
export function addressPolicy({ allowPrivate }: { allowPrivate: boolean }): AddressPolicy {
  return {
    allows: allowPrivate ? () => true : isPublicAddress,
    refusal: PRIVATE_ADDRESS_REFUSAL,
  };
}
