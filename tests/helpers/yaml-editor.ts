import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService } from 'yaml-language-server';
import { projectDir } from './site.ts';

/**
 * The YAML language server (the engine of VS Code's YAML extension), configured the way
 * `.vscode/settings.json` configures the extension: each `yaml.schemas` entry maps a schema file,
 * relative to the workspace, to globs of files it checks.
 */
export function yamlEditor(schemas: Record<string, string | string[]>): { service: LanguageService; open: (file: string, text: string) => TextDocument } {
  const root = pathToFileURL(projectDir).href;
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  service.configure({
    validate: true,
    completion: true,
    hover: true,
    schemas: Object.entries(schemas).map(([schema, globs]) => ({ uri: new URL(schema, root).href, fileMatch: [globs].flat() })),
  });
  // The service caches parses by URI and version, so every opened text gets a new version.
  let version = 0;
  return { service, open: (file, text) => TextDocument.create(new URL(file, root).href, 'yaml', ++version, text) };
}
