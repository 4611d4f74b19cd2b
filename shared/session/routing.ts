// Which node a screen's socket should reach: the load balancer hashes this handshake parameter
// (deploy/haproxy.cfg), so a session's phones, projector and console usually meet on one node.
export const ROUTING_PARAM = 'session';

/** The join code, as every screen of a session knows it once joined; before that a console knows only its session id. */
export function routingKey(credentials: { joinCode: string } | { sessionId: string }): string {
  return 'joinCode' in credentials ? credentials.joinCode.toUpperCase() : credentials.sessionId;
}
