/** A signed access token and the moment it stops being accepted. */
export interface IssuedAccessToken {
  readonly accessToken: string;
  readonly expiresAt: Date;
}
