/** The user must sign in (again): no cached token, or the identity provider rejected the SSO token. */
export class SignInRequiredError extends Error {
  constructor(message = 'Sign-in required') {
    super(message);
    this.name = 'SignInRequiredError';
  }
}

/** The user (or an admin) has not consented to the bot's Graph permissions (AADSTS65001). */
export class ConsentRequiredError extends SignInRequiredError {
  constructor() {
    super('Consent required');
    this.name = 'ConsentRequiredError';
  }
}
