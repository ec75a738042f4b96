export { ChannelAdapter, createChannelAdapter, Unauthenticated } from './channel-adapter';
export type { AccessTier, GraphAccess, GraphAccessScopes } from './access';
export { SignInNeeded, type SignInReason } from './errors';
export { GraphTokens, type IdentitySettings, type MsalClient } from './graph-tokens';
export { SandboxSsoSource, type SsoTokenSource } from './sso-source';
export { tokenCacheKind, UserTokenCache, type UserCachePlugin, type UserRef } from './user-token-cache';
