export const agendaCommands = {};
