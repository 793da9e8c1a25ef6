/** Words of the meetings area (filled by the area's work; see docs/ARCHITECTURE.md, "Languages"). */
export const meetings = {};
