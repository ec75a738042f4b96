import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { AppPackageError } from './errors';

/**
 * Where @microsoft/app-manifest keeps the official Teams schema for a manifestVersion
 * ("1.24" -> .../teams/v1.24/MicrosoftTeams.schema.json). Validation stays offline.
 */
export function teamsSchemaPath(manifestVersion: string): string {
  const folder = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return join(packageRoot, 'build', 'json-schemas', 'teams', folder, 'MicrosoftTeams.schema.json');
}

/**
 * Validates a filled-in manifest against the official schema of its own manifestVersion with
 * the Toolkit's validator (draft-04 Ajv + formats). Returns one readable line per problem.
 */
export async function validateTeamsManifest(manifest: unknown): Promise<string[]> {
  if (!manifest || typeof manifest !== 'object') return ['the manifest is not a JSON object'];
  const { manifestVersion, $schema } = manifest as { manifestVersion?: unknown; $schema?: unknown };
  if (typeof manifestVersion !== 'string') return ['manifestVersion is missing'];
  const schemaFile = teamsSchemaPath(manifestVersion);
  if (!existsSync(schemaFile)) {
    throw new AppPackageError(
      `No official schema for manifestVersion ${manifestVersion} ships in @microsoft/app-manifest (${schemaFile}).`,
    );
  }
  const problems: string[] = [];
  const schemaFolder = manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifestVersion}`;
  if (typeof $schema !== 'string' || !$schema.endsWith(`/${schemaFolder}/MicrosoftTeams.schema.json`)) {
    problems.push(`$schema should point at the ${schemaFolder} schema to match manifestVersion ${manifestVersion}`);
  }
  // The same clean-up the Toolkit applies: some published schemas carry \a and \v escapes JSON lacks.
  const schemaText = readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  const schema = JSON.parse(schemaText) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  problems.push(...(await AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema)));
  return problems;
}
