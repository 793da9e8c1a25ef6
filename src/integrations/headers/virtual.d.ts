/** The module the headers integration serves to the layout (see ./index.ts). */
declare module 'virtual:recovery-map/csp' {
  /** The Content-Security-Policy as a `<meta http-equiv>` tag carries it; empty in `astro dev`. */
  export const metaPolicy: string;
}
