/** Words of the list area (filled by the area's work; see docs/ARCHITECTURE.md, "Languages"). */
export const list = {};
