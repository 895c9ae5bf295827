/**
 * The checks of the files the app fetches after its first view: the fact base, the names and the
 * statements. One chunk, fetched beside whichever file comes first: they share the schemas and
 * their library, which split across chunks would be folded into the page's first one.
 */
export { readAtlas } from './atlas.ts';
export { readNames } from './read-names.ts';
export { readStatements } from './read-statements.ts';
