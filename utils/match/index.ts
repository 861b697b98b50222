// The matcher's public face: compile entities into a Dictionary, find their mentions in a text.
// Pure: no DOM and no browser API, so it runs alike in the background, tests and scripts.
export { Dictionary } from './dictionary';
export { findMentions, type MatchOptions } from './find-mentions';
export * from './types';
