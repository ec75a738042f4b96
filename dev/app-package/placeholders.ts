import { MissingVariableError } from './errors';
import type { Environment } from './environment';

/** The Toolkit's placeholder syntax: ${{NAME}}. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Names of every ${{NAME}} in a template, in first-seen order. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Replaces every ${{NAME}} inside a JSON template with its value, escaped as JSON string
 * content so a value can never break out of its string. All missing or empty names are
 * reported together, naming the env files they were looked up in.
 */
export function fillJsonPlaceholders(template: string, environment: Environment): string {
  const missing = placeholderNames(template).filter((name) => !environment.values[name]);
  if (missing.length > 0) throw new MissingVariableError(missing, environment.files);
  return template.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(environment.values[name]).slice(1, -1));
}
