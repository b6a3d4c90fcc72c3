/** Dependency-injection token of the wired {@link Timeline} (see create-timeline.ts). */
export const TIMELINE = 'switchboard:Timeline';
