/**
 * Writes a generated source file formatted as the repository's own (prettier, with the project's
 * settings), so that training a model again leaves `npm run format:check` green.
 */
import fs from 'node:fs';
import prettier from 'prettier';

export async function writeSource(file: string, source: string): Promise<void> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(source, { ...options, filepath: file }));
}
