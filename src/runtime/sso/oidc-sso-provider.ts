import * as oidc from 'openid-client';
import { AppError } from '../../core/app-error';
import type { SsoIdentity, SsoProvider, SsoRequest } from '../../use-cases/team/sso-port';

/** One OpenID Connect provider as configured (REBOUND_OIDC_*). */
export interface OidcProviderSettings {
  id: string;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** What Rebound asks the provider for: who you are, your address and your name. */
const SCOPE = 'openid email profile';

function unreachable(settings: OidcProviderSettings, cause: unknown): AppError {
  return new AppError(
    'conflict',
    `sso: ${settings.label} (${settings.issuer}) could not be reached; try again in a moment or sign in with your password`,
    { field: 'sso', cause, detail: String(cause) },
  );
}

/** Why an answer from the provider is refused, in words, for a person and for the logs. */
function refusal(settings: OidcProviderSettings, error: unknown): AppError {
  if (error instanceof oidc.AuthorizationResponseError) {
    const why =
      error.error === 'access_denied'
        ? 'the sign-in was cancelled there'
        : `it answered ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`;
    return new AppError('unauthorized', `sso: ${settings.label} did not sign you in: ${why}`, {
      field: 'sso',
      cause: error,
    });
  }
  // openid-client names the kind of failure; the error it wraps says which check failed.
  const cause = error instanceof Error ? error.cause : undefined;
  const reason =
    cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return new AppError(
    'unauthorized',
    `sso: the answer from ${settings.label} did not pass its checks (${reason}); start again`,
    { field: 'sso', cause: error, detail: reason },
  );
}

/** Whether an error is the network failing rather than the provider answering. */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError');
}

/**
 * A provider through `openid-client`: discovery on first use (kept for the life of the
 * process, retried after a failure), the authorization code flow with PKCE (S256), state and
 * nonce, and the ID token validated by the library, its signature included. Plain http is accepted only for an issuer
 * on this machine, which the configuration allows for trying it out.
 */
export function createOidcSsoProvider(settings: OidcProviderSettings): SsoProvider {
  let configuration: Promise<oidc.Configuration> | undefined;
  const insecure = new URL(settings.issuer).protocol === 'http:';
  function discover(): Promise<oidc.Configuration> {
    configuration ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        { client_secret: settings.clientSecret },
        oidc.ClientSecretBasic(settings.clientSecret),
        {
          // The ID token's signature is checked even though it comes straight from the token
          // endpoint, where OpenID Connect would let TLS stand in for it: a proxy or a broken
          // certificate check in between then cannot hand over someone else's identity.
          execute: [
            oidc.enableNonRepudiationChecks,
            ...(insecure ? [oidc.allowInsecureRequests] : []),
          ],
          timeout: 10,
        },
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw unreachable(settings, error);
      });
    return configuration;
  }
  return {
    id: settings.id,
    label: settings.label,
    issuer: settings.issuer,
    redirectUri: settings.redirectUri,
    async begin(): Promise<SsoRequest> {
      const config = await discover();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: SCOPE,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, nonce, codeVerifier };
    },
    async finish({ callbackUrl, expected }): Promise<SsoIdentity> {
      const config = await discover();
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: expected.codeVerifier,
          expectedState: expected.state,
          expectedNonce: expected.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (claims === undefined) throw new Error('the provider sent no ID token');
        // Many providers put the address in the ID token; the others answer it at userinfo.
        const profile =
          typeof claims.email === 'string'
            ? claims
            : await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        return {
          subject: claims.sub,
          email: typeof profile.email === 'string' ? profile.email : null,
          emailVerified: profile.email_verified === true,
          name: typeof profile.name === 'string' ? profile.name : null,
        };
      } catch (error) {
        if (isNetworkFailure(error)) throw unreachable(settings, error);
        throw refusal(settings, error);
      }
    },
  };
}
