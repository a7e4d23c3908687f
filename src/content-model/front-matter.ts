/** Reading a content file's fields: the YAML front matter of a Markdown file, or a YAML file. */
import { parse as parseYaml } from 'yaml';

/** "contacts[0].value" from ["contacts", 0, "value"]. */
export function fieldPath(pathParts: readonly PropertyKey[]): string {
  return pathParts
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The YAML data of a Markdown file's front matter, or of a YAML file. */
export function readData(source: string, fileName: string): unknown {
  if (/\.ya?ml$/.test(fileName)) return parseYaml(source);
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match)
    throw new Error(
      'has no front matter: it must start with a line of three dashes (---), then the fields, then another ---',
    );
  return parseYaml(match[1] ?? '') ?? {};
}

/** The Markdown after a file's front matter. */
export function bodyOf(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
}
