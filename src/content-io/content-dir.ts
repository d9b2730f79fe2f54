/**
 * The content root. `ATLAS_CONTENT_DIR` points a build at another tree (test fixtures, the
 * benchmark's synthetic content); a normal build reads `./content`.
 */
export const contentDir = process.env['ATLAS_CONTENT_DIR'] ?? './content';
