// Every tuning constant of the client in one place, each with its reason: how long it waits, how often it retries.
// What people type and what a board holds are limits, in shared/limits.ts; the server's own are in server/tuning.ts.

// ─── Talking to the server ──────────────────────────────────────────────────────────────────────────────────────

/** How long a command waits for the answer once sent. */
export const ANSWER_TIMEOUT_MS = 10_000;
/** How long a command tapped while offline waits for the phone to be back in the session. */
export const REJOIN_WAIT_MS = 30_000;
/** The pause before a command refused as `not_joined` is sent again, once the phone has rejoined. */
export const RETRY_PAUSE_MS = 250;
/** How long a join waits for its answer. */
export const JOIN_TIMEOUT_MS = 10_000;
/** A join refused for a passing reason is tried again after this, and up to as long again (so a room does not rejoin as one). */
export const RETRY_JOIN_MS = 5_000;
/** How often the phone asks the server's time, so countdowns agree with the room's clock. */
export const CLOCK_PING_MS = 30_000;
/** How long one such question may take. */
export const CLOCK_ANSWER_MS = 5000;
/** How long a connection attempt may take before a phone starting with WebSocket tries long-polling first. */
export const WEBSOCKET_WAIT_MS = 4000;
/** Socket.IO's own connection timeout, for attempts that start with long-polling. */
export const POLLING_WAIT_MS = 20_000;
/** How long an HTTP call waits for its answer. */
export const HTTP_TIMEOUT_MS = 20_000;
/** Fifty workshops make a large workbook or PDF: a longer wait than the other calls. */
export const SERIES_FILE_TIMEOUT_MS = 3 * 60_000;
/** A big database takes a while to copy and send: a longer wait than the other calls. */
export const BACKUP_TIMEOUT_MS = 5 * 60_000;

// ─── Writes on their way and the copy kept offline ──────────────────────────────────────────────────────────────

/** A write refused for a passing reason (timeout, busy server) is sent again this often. */
export const OUTBOX_RETRY_MS = 5000;
/** Answers, upvotes and edits replace their waiting predecessors; a queue this long means something else is wrong. */
export const OUTBOX_MAX_ENTRIES = 100;
/** Writes of the board's offline copy are spread out: a busy board changes many times a second, the copy needs to be only about this fresh. */
export const SAVE_AFTER_MS = 2000;
/** A part of the phone's screen that failed to load (the venue's Wi-Fi dropped, the server restarts) is asked for again this often. */
export const CHUNK_RETRY_MS = 5000;
/** How long a join page may take before the cached copy is shown: a venue's Wi-Fi that hangs is not "offline". */
export const NETWORK_WAIT_S = 4;

// ─── What people see for how long ───────────────────────────────────────────────────────────────────────────────

/** "Merged. Fortryd" stays this long after a step that can be taken back. */
export const UNDO_MS = 10_000;
/** The projector shows a page a few seconds, round and round: the room never has to scroll. */
export const PAGE_MS = 8000;
/** An idea that arrived while the projector was watching is highlighted this long. */
export const FRESH_MS = 6000;
