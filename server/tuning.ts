// Every tuning constant of the server in one place, each with its reason: timeouts, intervals, budgets and cache
// sizes. What people type and what a board holds are limits, in shared/limits.ts (the client uses them too). The
// ones an operator may change are read in server/config.ts, which falls back to the defaults here.
import { IMPORT_MAX_BYTES } from '../shared/limits';

const KB = 1024;
const MB = 1024 * KB;

// ─── Sessions in memory and on disk ──────────────────────────────────────────────────────────────────────────────

/** How often clocks that ran out move programmes on and unused sessions leave memory. */
export const TICK_MS = 1000;
/** How long a session nobody uses stays in memory. */
export const SESSION_IDLE_MS = 10 * 60_000;
/**
 * Heap per byte of a session's state as JSON, measured: a 3,000-idea board of 1.1 MB JSON held 12.8 MB of heap once
 * live (the state, the projected events kept for catch-ups, a cached snapshot per kind of screen), 11 bytes per byte.
 */
export const HEAP_PER_JSON_BYTE = 11;
/** Live sessions together (LIVE_SESSIONS_MB): a quarter of the heap Node may grow to, room for sockets, buffers and exports beside them. */
export const LIVE_SESSIONS_HEAP_SHARE = 1 / 4;
/**
 * A checkpoint of the whole state is stored every this many events, so a rebuild folds at most this many.
 * Folding copies the idea list per idea event: from the first event of a 20,000-idea board that is quadratic.
 */
export const CHECKPOINT_EVERY = 1000;
/**
 * A live session's list row is stored at most this often (counting it walks every vote on the board); the list
 * reads live sessions from memory, and a row left behind by a crash is noticed by its seq and made again.
 */
export const LISTING_EVERY_MS = 5_000;
/** Beyond this many events after a cached snapshot, a fresh one is cheaper than sending them after it. */
export const MAX_SNAPSHOT_LAG = 200;
/** Projected events a live session keeps for catch-ups (trimmed back to this when twice as many have gathered). */
export const RECENT_EVENTS = 1000;
/** Events of a session loaded from the database that are projected at once, so catching up rarely needs a snapshot. */
export const RECENT_ON_LOAD = 1000;

// ─── Sockets ────────────────────────────────────────────────────────────────────────────────────────────────────

/** The largest message a socket may send: far above any command (an idea's text is 500 characters), far below a flood. */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * KB;
/** Beyond this many missed events a snapshot is cheaper to send than the events. */
export const MAX_CATCH_UP_EVENTS = 500;
/** Enough for a session written from several nodes at once; past it the client hears `conflict` ("try again"). */
export const CONFLICT_RETRIES = 4;
/** Default cap (MAX_CONNECTIONS_PER_ADDRESS): about 200 phones behind one venue NAT, each with a spare tab, and the console and projector. */
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 500;
/** Past this many unread bytes a connection gets no more packets: it is dropped instead. */
export const DEFAULT_MAX_BUFFERED_BYTES = 4 * MB;
/** All connections together: a quarter of the heap, at most 128 MB. Many sockets each under their own cap still add up. */
export const BUFFERED_TOTAL_HEAP_SHARE = 1 / 4;
export const BUFFERED_TOTAL_MAX_BYTES = 128 * MB;
/** How often the connections holding the most unread bytes are trimmed back under the total. */
export const TRIM_EVERY_MS = 250;
/**
 * Large rooms: up to a thousand phones one message per commit costs little (the bench's 500 phones get an idea
 * within tens of milliseconds, as the bare relay does); a keynote of thousands gets at most four messages a second.
 */
export const DEFAULT_PHONE_BATCHING = { abovePhones: 1000, everyMs: 250 } as const;
/** A phone holding more unread bytes than this gets no tallies until it has read them. */
export const TALLIES_READY_BYTES = 16 * KB;
/** Who is online is broadcast at most this often. */
export const PRESENCE_EVERY_MS = 250;
/**
 * In a large room the phones hear the online count at most every 10 s: each count is a message to every socket of
 * the session, and during a keynote's join storm it changes all the time (5,000 phones × 4 a second would be
 * 20,000 writes a second). The facilitator and the projector, a few sockets, still hear it at once.
 */
export const LARGE_ROOM_PHONES_EVERY_MS = 10_000;
/** Per turn of the event loop: costly pieces until this much time went on them, and never more than this many (each answer is encoded after). */
export const TURN_BUDGET_MS = 8;
export const TURN_MAX_PIECES = 16;
/** Joins waiting for a turn; past it a join is refused with rate_limited ("the server is busy"). */
export const JOINS_WAITING = 2_000;

// ─── Budgets: what one socket, address or the server may spend ──────────────────────────────────────────────────

/** A burst of 40 commands, then 20 a second — far above a person, far below a flood. */
export const SOCKET_BURST = 40;
export const SOCKET_RATE = 20;
/**
 * Refusals a socket may collect before it is closed: 200 at once, then 20 a second. Past that it is a runaway
 * loop or an attack, and decoding and answering its packets slows every other phone. The connection is closed
 * (not the Socket.IO session), so a real client reconnects by itself after a pause, as after a network drop.
 */
export const REFUSAL_BURST = 200;
export const REFUSAL_RATE = 20;
/**
 * Joins are far rarer than commands: a socket joins once, and again only to resync after a gap in what it was
 * sent (a rejoin is a reconnect). Each join may cost a snapshot, so a socket gets 3, then one per 10 s.
 */
export const SOCKET_JOIN_BURST = 3;
export const SOCKET_JOIN_RATE = 0.1;
/**
 * Joins per address: every connection an address may hold (a room behind one venue NAT, MAX_CONNECTIONS_PER_ADDRESS)
 * may join at once, then 5 a second.
 */
export const ADDRESS_JOIN_RATE = 5;
/** Ten wrong keys at once, then one every ten seconds: typing errors pass, 1,600 guesses a second do not. */
export const WRONG_KEY_BURST = 10;
export const WRONG_KEY_RATE = 0.1;
/**
 * Wrong join codes: 20 per address group, then one every two seconds; and at most 10 a second over the whole server
 * (60 at once), so many addresses together cannot guess faster either.
 */
export const WRONG_CODES_PER_ADDRESS = { burst: 20, perSecond: 0.5 } as const;
export const WRONG_CODES_ALL = { burst: 60, perSecond: 10 } as const;
/** Four full-size imports per address, sixteen across the server, each hour; a workshop from a template is ~5 KB. */
export const DEFAULT_CREATION_BYTES = { perAddress: 4 * IMPORT_MAX_BYTES, global: 16 * IMPORT_MAX_BYTES } as const;
/** The creation byte budgets refill over this many seconds. */
export const CREATION_REFILL_S = 3600;
/** New workshops and imports per address, whatever their size: 60 at once, then one a second. */
export const CREATIONS_PER_ADDRESS = { burst: 60, perSecond: 1 } as const;
/** Download tokens one session may mint: a burst of every file several times over, then one a second (all nodes together). */
export const MINT_BURST = 20;
export const MINT_RATE = 1;
/** Addresses a keyed limiter remembers; past it the least recently used go, the fullest of them first. */
export const LIMITER_MAX_KEYS = 10_000;

// ─── HTTP, downloads and exports ────────────────────────────────────────────────────────────────────────────────

/** API answers smaller than this are not worth compressing on the fly. */
export const API_COMPRESSION_FROM_BYTES = 4 * KB;
/**
 * Rendered join pages: 16 MB. A page is about 20 KB as HTML and 5 KB compressed, so this keeps every language and
 * encoding of a few hundred workshops, far more than one server runs in a day.
 */
export const JOIN_PAGE_BUDGET_BYTES = 16 * MB;
/** Long enough to start a download after the click, short enough that a logged one is useless by the time it is read. */
export const DOWNLOAD_TOKEN_TTL_MS = 60_000;
/** Tokens held on one node at once; past it the oldest go (a minted token is used within a second or two). */
export const DOWNLOAD_TOKENS_MAX = 1_000;
/** Exports of one session: one running and two waiting; the rest are refused at once with rate_limited. */
export const EXPORTS_WAITING_PER_SESSION = 2;
/** Rows made or written between two turns of the event loop: a 20,000-idea workbook must not hold every phone for a second. */
export const XLSX_ROWS_PER_TURN = 500;
/** The PDF printer's Chromium closes after a quiet minute: a warm print of a full report takes half the time of a cold one. */
export const PDF_BROWSER_IDLE_MS = 60_000;

// ─── Stores and the cluster ─────────────────────────────────────────────────────────────────────────────────────

/**
 * PostgreSQL: opening a connection that takes longer than 5 s is an outage (`unavailable`); waiting 10 s for one of
 * the pool's 10 connections is a busy pool (server/store/failures.ts); an idle connection closes after 30 s.
 */
export const POSTGRES_CONNECT_TIMEOUT_MS = 5_000;
export const POSTGRES_POOL_SIZE = 10;
export const POSTGRES_POOL_WAIT_MS = 10_000;
export const POSTGRES_IDLE_MS = 30_000;
/** Redis reconnects after 100 ms more per attempt, at most a second: a Redis restart should cost phones on other nodes a second, not a minute. */
export const REDIS_RETRY_STEP_MS = 100;
export const REDIS_RETRY_MAX_MS = 1000;
/** Each node writes a heartbeat this often; one silent for NODE_TTL_MS (kill -9) drops out with its phones and connections. */
export const HEARTBEAT_MS = 2_000;
export const NODE_TTL_MS = 10_000;
/** Live sessions are caught up from the store this often, whatever the bus delivered (a node that died between commit and publish). */
export const SWEEP_MS = 5_000;

// ─── Operations ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Default floor (MIN_FREE_DISK_MB): room for the WAL to checkpoint and for the writes already accepted. */
export const DEFAULT_MIN_FREE_DISK_MB = 256;
/** The free space is asked of the file system at most this often. */
export const DISK_RECHECK_MS = 1000;
/**
 * Share of V8's heap limit past which the log says the process may soon be stopped for memory. The limit also
 * counts the young generation's reserve (48 MB on 64-bit), which the heap never fills: an old generation of
 * 96 MB runs out at about two thirds of a 144 MB limit. Checked this often.
 */
export const HEAP_WARNING = 0.6;
export const HEAP_CHECK_MS = 500;
/** systemd's default stop timeout is 90 s; ours promises 10. */
export const SHUTDOWN_TIMEOUT_MS = 10_000;
