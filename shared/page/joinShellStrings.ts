// The Danish words of the server-rendered join page; the client's dictionary (client/i18n/common.ts) holds them too.
export const joinShellDa = {
  'app.name': 'Out of the Box',
  'lang.switch': 'English',
  'join.title': 'Velkommen til',
  'join.nameLabel': 'Dit navn (valgfrit)',
  'join.namePlaceholder': 'Fx Anne fra Aarhus',
  'join.submit': 'Gå ind',
};
