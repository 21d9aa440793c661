import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { AppError } from '../../core/app-error';
import type { AddressPolicy } from '../address-policy';

/**
 * Finds the address to reach a mail server at, and refuses it when the policy does: on a shared
 * server, a seeker's SMTP or IMAP host must not be a way into the server's own network. Every
 * address the name resolves to is checked, and the caller connects to the address checked here
 * (never resolving the name again), so a name that changes its answer between the check and
 * the connection gains nothing. `field` is the setting a refusal names.
 */
export async function resolveMailHost(
  host: string,
  policy: AddressPolicy,
  field: string,
): Promise<string> {
  const bare = host.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (net.isIP(bare) !== 0) addresses = [bare];
  else {
    try {
      addresses = (await lookup(bare, { all: true, verbatim: true })).map((a) => a.address);
    } catch (error) {
      throw new AppError(
        'mail_failed',
        `${field}: cannot find the mail server ${host}; check the server name.`,
        { field, cause: error },
      );
    }
  }
  const refused = addresses.find((address) => !policy.allows(address));
  if (refused !== undefined || addresses[0] === undefined) {
    throw AppError.validation(
      field,
      `${host} is at ${refused ?? 'no address'}, on a private or local network, which this shared Rebound server does not connect to; use your mail provider's public server name`,
    );
  }
  return addresses[0];
}
