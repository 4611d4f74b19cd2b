// The phone registers its service worker (client/sw.ts) once its page has loaded and painted: the worker and its
// precache must never compete with the first load. Other faces do not register it; a phone without it still works.
const WORKER_URL = '/sw.js';

export function registerPhoneWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(WORKER_URL).catch(() => {
      // No worker (a private window, an old browser, plain http on another host): the phone works online as before.
    });
  };
  if (document.readyState === 'complete') setTimeout(register, 0);
  else window.addEventListener('load', () => setTimeout(register, 0), { once: true });
}
