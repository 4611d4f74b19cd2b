export const boardCommands = {};
