/** Words of the pages area (filled by the area's work; see docs/ARCHITECTURE.md, "Languages"). */
export const pages = {};
