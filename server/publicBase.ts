// The public origin that join links and QR codes start with: PUBLIC_URL, or what the request came in on.

/** `protocol` as Express or the Socket.IO handshake saw it; the Host header may be anything a client wrote. */
export function publicBase(publicUrl: string | undefined, protocol: string, host: string | undefined): string {
  return publicUrl ?? `${protocol}://${host ?? 'localhost'}`;
}
