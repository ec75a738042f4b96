/**
 * npm run package -- [--env NAME] [--env-dir DIR] [--out DIR]
 * Builds appPackage/build/appPackage.<env>.zip from appPackage/manifest.json and
 * env/.env.<env> (+ .user). The environment is --env, else APP_ENV.
 */
import { join } from 'node:path';
import { AppPackageError, buildAppPackage } from '../dev/app-package';

interface Arguments {
  envName?: string;
  envDir: string;
  outputDir?: string;
}

const repoRoot = join(__dirname, '..');

function readArguments(argv: string[]): Arguments {
  const args: Arguments = { envDir: join(repoRoot, 'env') };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (!v) throw new AppPackageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--env') args.envName = value();
    else if (flag === '--env-dir') args.envDir = value();
    else if (flag === '--out') args.outputDir = value();
    else throw new AppPackageError(`Unknown option ${argv[i]}. Usage: npm run package -- [--env NAME] [--env-dir DIR] [--out DIR]`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  const envName = args.envName ?? process.env.APP_ENV;
  if (!envName) throw new AppPackageError('Which environment? Pass --env NAME (local, dev, ...) or set APP_ENV.');
  const built = await buildAppPackage({
    appPackageDir: join(repoRoot, 'appPackage'),
    envDir: args.envDir,
    envName,
    outputDir: args.outputDir,
    processEnv: process.env,
  });
  console.log(`Built ${built.zipPath} from ${built.environmentFiles.join(' + ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof AppPackageError ? `Cannot build the app package: ${error.message}` : error);
  process.exitCode = 1;
});
