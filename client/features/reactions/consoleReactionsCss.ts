// The console's count per kind, as text in the console's chunk: one stylesheet fewer for every screen to name.
export const consoleReactionsCss = `
.reaction-tally { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; align-items: baseline; }
.reaction-tally li { display: flex; gap: 0.35rem; align-items: baseline; font-size: 1.1rem; }
.reaction-tally .reaction-glyph { font-size: 1.5rem; }
`;
