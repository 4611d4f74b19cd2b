export type ProjectorEvent = { type: 'projector:qrShown'; isLarge: boolean };
