import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import AdmZip from 'adm-zip';
import { loadEnvironment } from './environment';
import { AppPackageError } from './errors';
import { validateTeamsManifest } from './manifest-schema';
import { fillJsonPlaceholders } from './placeholders';
import { readPngHeader } from './png';

export interface AppPackageOptions {
  /** Folder with the manifest.json template and the icons it names. */
  appPackageDir: string;
  /** Folder with .env.<name> and .env.<name>.user. */
  envDir: string;
  envName: string;
  /** Where the zip goes; defaults to <appPackageDir>/build. */
  outputDir?: string;
  /** Shell variables (override the env files, as in the Toolkit); omit for a hermetic build. */
  processEnv?: Record<string, string | undefined>;
}

export interface BuiltAppPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
  /** The env files the values came from. */
  environmentFiles: string[];
}

/** The icon sizes Teams requires; the outline icon must be transparent around a white glyph. */
const ICONS = { color: { size: 192 }, outline: { size: 32 } } as const;

/**
 * Builds appPackage.<env>.zip: the manifest template with ${{VAR}} filled from the env files,
 * validated against the official schema, plus the two icons, all at the zip root.
 */
export async function buildAppPackage(options: AppPackageOptions): Promise<BuiltAppPackage> {
  const { appPackageDir, envDir, envName, processEnv } = options;
  const environment = loadEnvironment({ envDir, envName, processEnv });
  const templatePath = join(appPackageDir, 'manifest.json');
  if (!existsSync(templatePath)) throw new AppPackageError(`Manifest template ${templatePath} does not exist.`);
  const filled = fillJsonPlaceholders(readFileSync(templatePath, 'utf8'), environment);

  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(filled) as Record<string, unknown>;
  } catch (error) {
    throw new AppPackageError(
      `${templatePath} is not valid JSON after filling in ${environment.files.join(' / ')}: ${(error as Error).message}`,
    );
  }
  const problems = await validateTeamsManifest(manifest);
  if (problems.length > 0) {
    throw new AppPackageError(`The manifest for "${envName}" does not match the official schema:\n  - ${problems.join('\n  - ')}`);
  }

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'));
  const icons = manifest.icons as Record<keyof typeof ICONS, string>;
  for (const kind of Object.keys(ICONS) as (keyof typeof ICONS)[]) {
    const fileName = icons[kind];
    zip.addFile(fileName, readIcon(appPackageDir, kind, fileName));
  }

  const outputDir = options.outputDir ?? join(appPackageDir, 'build');
  mkdirSync(outputDir, { recursive: true });
  const zipPath = join(outputDir, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, zip.toBuffer());
  return { zipPath, manifest, environmentFiles: environment.files };
}

function readIcon(appPackageDir: string, kind: keyof typeof ICONS, fileName: string): Buffer {
  // Teams reads icons from the zip root, so a path would produce a package Teams rejects.
  if (basename(fileName) !== fileName)
    throw new AppPackageError(`icons.${kind} must be a file name at the package root, not "${fileName}".`);
  const path = join(appPackageDir, fileName);
  if (!existsSync(path)) throw new AppPackageError(`icons.${kind} names ${path}, which does not exist.`);
  const png = readFileSync(path);
  let header;
  try {
    header = readPngHeader(png);
  } catch (error) {
    throw new AppPackageError(`${path} is not a PNG: ${(error as Error).message}`);
  }
  const { size } = ICONS[kind];
  if (header.width !== size || header.height !== size) {
    throw new AppPackageError(`${path} is ${header.width}x${header.height}; Teams needs the ${kind} icon at ${size}x${size}.`);
  }
  if (kind === 'outline' && !header.hasAlpha) {
    throw new AppPackageError(`${path} has no transparency; Teams needs a white outline icon on a transparent background.`);
  }
  return png;
}
