import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** What the provider says about a person: their address and whether it confirmed it. */
export interface OidcPerson {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  /** The issuer, http://127.0.0.1:<port>. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people who can sign in, by subject; change them between sign-ins. */
  people: Map<string, OidcPerson>;
  /** When set, the ID token in the next token responses is altered on its way to the client. */
  tamperIdTokens: boolean;
  close(): Promise<void>;
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Changes an ID token's claims and keeps its signature, as someone in the middle might. */
function tamper(body: Buffer): Buffer {
  const answer = JSON.parse(body.toString('utf8')) as { id_token?: string };
  const [header, payload, signature] = (answer.id_token ?? '').split('.');
  if (header === undefined || payload === undefined || signature === undefined) return body;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as object;
  const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString(
    'base64url',
  );
  return Buffer.from(JSON.stringify({ ...answer, id_token: `${header}.${forged}.${signature}` }));
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1, with one confidential client
 * registered for `redirectUri` and its development sign-in pages, where any subject in
 * `people` signs in. It is reached through a small forwarding server that is its public
 * address, so a test can alter token responses in between.
 */
export async function startOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  const people = new Map<string, OidcPerson>();
  const front = http.createServer();
  const frontPort = await listen(front);
  const issuer = `http://127.0.0.1:${frontPort}`;
  const clientId = 'rebound-test';
  const clientSecret = 'a-client-secret-for-tests-only-0123456789';
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig' }] },
    cookies: { keys: ['cookie-key-for-tests-only'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) =>
      people.has(sub) ? { accountId: sub, claims: () => ({ sub, ...people.get(sub) }) } : undefined,
  });
  const back = http.createServer(provider.callback());
  const backPort = await listen(back);
  const state: TestOidcProvider = {
    issuer,
    clientId,
    clientSecret,
    people,
    tamperIdTokens: false,
    close: async () => {
      await Promise.all(
        [front, back].map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
  front.on('request', (request, response) => {
    const forwarded = http.request(
      {
        host: '127.0.0.1',
        port: backPort,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          let body: Buffer = Buffer.concat(chunks);
          if (state.tamperIdTokens && request.url === '/token' && answer.statusCode === 200) {
            body = tamper(body);
          }
          const headers = { ...answer.headers, 'content-length': String(body.length) };
          response.writeHead(answer.statusCode ?? 502, headers);
          response.end(body);
        });
      },
    );
    forwarded.on('error', () => response.destroy());
    request.pipe(forwarded);
  });
  return state;
}
