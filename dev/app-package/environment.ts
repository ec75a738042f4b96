import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'dotenv';
import { AppPackageError } from './errors';

/** The values of one Toolkit environment: env/.env.<name>, then env/.env.<name>.user on top. */
export interface Environment {
  name: string;
  /** The files read, in order, as given (for messages). */
  files: string[];
  values: Record<string, string>;
}

export interface EnvironmentSource {
  envDir: string;
  envName: string;
  /** Non-empty shell variables win over both files, as in the Toolkit. Omit for a hermetic read. */
  processEnv?: Record<string, string | undefined>;
}

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function loadEnvironment({ envDir, envName, processEnv }: EnvironmentSource): Environment {
  if (!ENV_NAME.test(envName)) throw new AppPackageError(`"${envName}" is not an environment name (letters, digits, - and _).`);
  const main = join(envDir, `.env.${envName}`);
  if (!existsSync(main)) {
    throw new AppPackageError(`Environment file ${main} does not exist. Create it from the committed templates in ${envDir}.`);
  }
  const user = `${main}.user`;
  const files = existsSync(user) ? [main, user] : [main];
  const values: Record<string, string> = {};
  for (const file of files) Object.assign(values, parse(readFileSync(file)));
  for (const [key, value] of Object.entries(processEnv ?? {})) {
    if (value) values[key] = value;
  }
  return { name: envName, files, values };
}
