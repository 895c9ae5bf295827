/**
 * The panels that show the fact base, Details and the document reader: a chunk of its own, which
 * App fetches with the fact base, since neither shows anything without it and a phone's first
 * view needs neither.
 */
export { default as Details } from './Details.svelte';
export { default as DocumentReader } from './DocumentReader.svelte';
