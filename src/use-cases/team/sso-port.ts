/**
 * An OpenID Connect provider the organisation signs in with, as the use cases see it. The
 * runtime implements it with `openid-client` (`runtime/sso/oidc-sso-provider.ts`), which
 * builds the request and validates the answer: the ID token's signature, issuer, audience,
 * expiry and nonce, the state, the PKCE verifier and the issuer of the answer.
 */
export interface SsoProvider {
  /** The id in the routes (`/team/sso/{id}/start`). */
  id: string;
  /** The sign-in button's text. */
  label: string;
  /** The issuer identifier: subjects are unique within it. */
  issuer: string;
  /** The address the provider sends the browser back to (`…/team/sso/{id}/callback`). */
  redirectUri: string;
  /** A new authorization request with fresh state, nonce and PKCE verifier. */
  begin(): Promise<SsoRequest>;
  /**
   * Exchanges the code in the address the browser came back to, checking it against what
   * `begin` made; throws `unauthorized` naming what was wrong.
   */
  finish(answer: { callbackUrl: URL; expected: SsoChecks }): Promise<SsoIdentity>;
}

/** What the answer is checked against; kept on the server between the two steps. */
export interface SsoChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface SsoRequest extends SsoChecks {
  /** Where to send the browser. */
  url: string;
}

/** Who the provider says signed in. */
export interface SsoIdentity {
  subject: string;
  email: string | null;
  /** The provider's `email_verified`: only true counts. */
  emailVerified: boolean;
  name: string | null;
}
