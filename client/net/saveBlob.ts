// Hands a file fetched with a header (the organiser's token) to the browser's downloads, as a link would.

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // Revoked later, not at once: some browsers start reading the file only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
