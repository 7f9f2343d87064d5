/**
 * The one way api/ imports graphql at run time.
 *
 * graphql 16 ships a CommonJS copy (`main`) and an ESM copy (`module`) with no exports map.
 * Node, and every package the server is built from (yoga, Pothos, armor), load the CommonJS
 * copy; Vite (vitest) would give our own files the ESM copy, and `instanceof GraphQLError` or
 * "schema from another realm" checks would then fail between the two. Naming the CommonJS entry
 * keeps a single copy under Node and under vitest alike.
 */
export { GraphQLError, Kind, printSchema, type ValidationContext } from 'graphql/index.js';
