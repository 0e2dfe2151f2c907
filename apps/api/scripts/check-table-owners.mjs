/**
 * The SQL half of "a module's tables are its own" (dependency-cruiser checks the imports): fails when a
 * module's SQL text names a table whose entity lives in another module. Run by `npm run lint`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const modules = new URL('../src/modules/', import.meta.url).pathname;

/**
 * Modules allowed to read other modules' tables in SQL, and why. Matching's cards are a read model of
 * the VA pool (profiles, skills, languages, badges, time zones, reputations) rebuilt in one statement per change, and
 * its feed and funnel join the posts they rank; moving that work in-process replaces this exception.
 */
const READ_MODELS = new Map([['matching', 'match cards, the feed and time to candidates are built in SQL']]);

function sourceFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const moduleOf = (path) => relative(modules, path).split('/')[0];
const files = sourceFiles(modules).map((path) => ({ path, module: moduleOf(path), text: readFileSync(path, 'utf8') }));

const owners = new Map();
for (const file of files) {
  for (const [, table] of file.text.matchAll(/@Entity\('([a-z_]+)'/g)) owners.set(table, file.module);
}

const problems = [];
for (const file of files) {
  if (READ_MODELS.has(file.module)) continue;
  for (const [statement, table] of file.text.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO)\s+([a-z_]+)\b/g)) {
    const owner = owners.get(table);
    if (owner && owner !== file.module) {
      problems.push(`${relative(process.cwd(), file.path)}: "${statement}" is ${owner}'s table; call its service`);
    }
  }
}

if (problems.length) {
  console.error(`${problems.length} SQL statement(s) reach into another module's tables:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `✔ every module's SQL names only its own tables (${owners.size} tables; read model: ${[...READ_MODELS.keys()].join(', ')})`,
);
