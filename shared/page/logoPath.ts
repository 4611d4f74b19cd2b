/** The logo's SVG path: drawn by Icon and by the join page the server renders (joinShell.ts). */
export const LOGO_PATH = 'M4 4h16v16H4V4Zm2 2v12h12V6H6Zm8-3h7v7h-2V6.4l-5.3 5.3-1.4-1.4L17.6 5H14V3Z';
