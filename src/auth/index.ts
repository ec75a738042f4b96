export { ChannelAdapter, createChannelAdapter, Unauthenticated } from './channel-adapter';
export { SignInNeeded, type GraphAccess, type SignInReason } from './errors';
export { GraphTokens, type IdentitySettings } from './graph-tokens';
export { SandboxSsoSource, type SsoTokenSource } from './sso-source';
export { tokenCacheKind, UserTokenCache, type UserRef } from './user-token-cache';
