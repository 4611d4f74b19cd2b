// The app's addresses, built in one place: the server puts them in answers and QR codes, the client navigates to them.

/** The phone's join page for a code (the QR code points here). */
export const joinPath = (joinCode: string) => `/j/${joinCode}`;
/** The projector's view of a workshop. */
export const projectorPath = (joinCode: string) => `/p/${joinCode}`;
/** The facilitator console: the key rides in the fragment, so it never reaches a server's logs. */
export const facilitatorPath = (sessionId: string, key: string) => `/f/${encodeURIComponent(sessionId)}#key=${encodeURIComponent(key)}`;

/** A co-host's moderation screen: revocable by the facilitator, its key in the fragment like the console's. */
export const moderatorPath = (sessionId: string, key: string) => `/m/${encodeURIComponent(sessionId)}#key=${encodeURIComponent(key)}`;

/** `base` is the public origin (PUBLIC_URL, or the request's own), without a trailing slash. */
export const joinUrl = (base: string, joinCode: string) => `${base}${joinPath(joinCode)}`;
