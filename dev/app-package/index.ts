export { buildAppPackage, type AppPackageOptions, type BuiltAppPackage } from './app-package';
export { loadEnvironment, type Environment, type EnvironmentSource } from './environment';
export { AppPackageError, MissingVariableError } from './errors';
export { teamsSchemaPath, validateTeamsManifest } from './manifest-schema';
export { fillJsonPlaceholders, placeholderNames } from './placeholders';
export { decodePng, encodePng, readPngHeader, type PngHeader, type RgbaImage } from './png';
