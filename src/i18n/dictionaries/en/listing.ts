/** Words of the listing area (filled by the area's work; see docs/ARCHITECTURE.md, "Languages"). */
export const listing = {};
