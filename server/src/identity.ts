/**
 * Who is calling: a Bearer access token (JWT), verified with jose — signature, issuer,
 * audience, expiry — then the account its configured claim names. In production the keys are
 * the OpenID Connect provider's (its JWKS); in development habil-server also signs its own
 * tokens for the personas (POST /api/dev/token) with a shared secret, verified by the same
 * code. Nothing is kept in the process: every instance verifies every token alike.
 */
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { Refusal } from '../../core/refusal.js';
import type { Queryable } from './db/database.js';

export interface IdentityConfig {
  /** The OpenID Connect provider: its issuer, and the JWKS of its signing keys (discovered when absent). */
  oidcIssuer?: string;
  jwksUrl?: string;
  audience: string;
  /** The claim that names the account, matched against its identifier (the portal login). */
  accountClaim: string;
  /** Development only: the secret of the tokens habil-server signs for the personas. */
  devSecret?: string;
}

export const DEV_ISSUER = 'habil-server-dev';

/** The refusal of a token that is not valid (any more): RFC 6750's invalid_token. */
export const INVALID_TOKEN = { fr: 'Le jeton d’accès est invalide ou expiré.', en: 'The access token is invalid or expired.' } as const;

export interface Identity {
  /** The account the request's token names; refuses with 401 otherwise. */
  accountOf(authorization: string | undefined, db: Queryable): Promise<string>;
  /** Development only: a token for this account. */
  devToken?(identifier: string): Promise<string>;
}

async function discoverJwks(issuer: string): Promise<string> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!res.ok) throw new Error(`OpenID Connect discovery of ${issuer} answered ${res.status}.`);
  const { jwks_uri: uri } = (await res.json()) as { jwks_uri?: string };
  if (!uri) throw new Error(`The OpenID Connect configuration of ${issuer} names no jwks_uri.`);
  return uri;
}

export async function createIdentity(config: IdentityConfig): Promise<Identity> {
  let jwks: JWTVerifyGetKey | undefined;
  if (config.oidcIssuer) jwks = createRemoteJWKSet(new URL(config.jwksUrl ?? (await discoverJwks(config.oidcIssuer))));
  const devKey = config.devSecret ? new TextEncoder().encode(config.devSecret) : undefined;

  async function verify(token: string): Promise<JWTPayload> {
    const { iss } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString() || '{}') as { iss?: string };
    if (devKey && iss === DEV_ISSUER) return (await jwtVerify(token, devKey, { issuer: DEV_ISSUER, audience: config.audience })).payload;
    if (!jwks || !config.oidcIssuer) throw new Error('no key for this issuer');
    return (await jwtVerify(token, jwks, { issuer: config.oidcIssuer, audience: config.audience })).payload;
  }

  return {
    async accountOf(authorization, db) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      if (!token) throw new Refusal('unauthenticated', { fr: 'Un jeton d’accès (Authorization: Bearer) est attendu.', en: 'An access token (Authorization: Bearer) is expected.' });
      let payload: JWTPayload;
      try {
        payload = await verify(token);
      } catch {
        throw new Refusal('unauthenticated', INVALID_TOKEN);
      }
      const name = payload[config.accountClaim];
      if (typeof name !== 'string' || !name) {
        throw new Refusal('unauthenticated', { fr: `Le jeton ne porte pas la revendication ${config.accountClaim}.`, en: `The token carries no ${config.accountClaim} claim.` });
      }
      const [row] = await db.query<{ id: string }>('select id from accounts where lower(identifier) = lower($1)', [name]);
      if (!row) throw new Refusal('unauthenticated', { fr: 'Aucun compte ne correspond à ce jeton.', en: 'No account matches this token.' });
      return row.id;
    },
    ...(devKey
      ? {
          devToken: (identifier: string) =>
            new SignJWT({ [config.accountClaim]: identifier })
              .setProtectedHeader({ alg: 'HS256' })
              .setIssuer(DEV_ISSUER)
              .setAudience(config.audience)
              .setSubject(identifier)
              .setIssuedAt()
              .setExpirationTime('8h')
              .sign(devKey),
        }
      : {}),
  };
}
