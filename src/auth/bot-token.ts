import { AppCredentials } from 'botframework-connector';

let shared = false;

/**
 * The bot's own token for replying to the channel is requested once for all turns that need it at
 * the same moment: botbuilder's AppCredentials asks MSAL (skipping its cache) on every turn that finds
 * no valid token, so N simultaneous first turns (a fresh process, or the hour the token expires)
 * made N token requests, each with its own authority discovery. Keyed as botbuilder caches the token
 * (app id and scope); a forced refresh is left alone.
 */
export function shareBotTokens(): void {
  if (shared) return;
  shared = true;
  const inFlight = new Map<string, Promise<string>>();
  const getToken = AppCredentials.prototype.getToken;
  AppCredentials.prototype.getToken = function (this: AppCredentials, forceRefresh = false): Promise<string> {
    if (forceRefresh) return getToken.call(this, true);
    const key = this.tokenCacheKey;
    let token = inFlight.get(key);
    if (!token) {
      token = getToken.call(this, false).finally(() => inFlight.delete(key));
      inFlight.set(key, token);
    }
    return token;
  };
}
