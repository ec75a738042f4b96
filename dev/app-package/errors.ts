/** Anything that stops an app package from being built; the message is meant for the person running it. */
export class AppPackageError extends Error {
  override name = 'AppPackageError';
}

/** A ${{NAME}} placeholder had no value (missing or empty) in the environment files. */
export class MissingVariableError extends AppPackageError {
  override name = 'MissingVariableError';
  constructor(
    readonly variables: string[],
    readonly sources: string[],
  ) {
    super(
      `${variables.length === 1 ? 'Variable' : 'Variables'} ${variables.join(', ')} ` +
        `${variables.length === 1 ? 'is' : 'are'} missing or empty in ${sources.join(' / ')}. ` +
        `Add ${variables.map((v) => `${v}=...`).join(', ')} there (secrets, SECRET_*, belong in the .user file).`,
    );
  }
}
