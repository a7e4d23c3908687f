/**
 * A path on this site as a page sends it (its feedback, its read): one "/" first, then no second "/" or "\" (which a
 * browser would read as another host), no query, fragment or space, at most 200 characters. A form sent without
 * JavaScript is sent back there, so nothing else passes.
 */
export const SITE_PATH = /^\/(?![/\\])[A-Za-z0-9/._~%-]{0,199}$/;
