import type { View } from './context';

/**
 * "yes, and cancel my 4pm too": the card waiting was confirmed (`confirmed`, its outcome) and what the words asked
 * next failed (`reason`: a read Microsoft 365 refused or did not answer, sign-in needed, ...). The bot shows the card's
 * outcome in place first (it happened), then answers the failure as it would any other.
 */
export class ConfirmedFirst extends Error {
  constructor(
    readonly confirmed: View & { kind: 'outcome' },
    readonly reason: unknown,
  ) {
    super('the card was confirmed; the request that came with the answer failed');
    this.name = 'ConfirmedFirst';
  }
}
