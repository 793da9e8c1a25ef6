/** Words of the finder area (filled by the area's work; see docs/ARCHITECTURE.md, "Languages"). */
export const finder = {};
