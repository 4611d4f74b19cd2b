import { useApp } from '../store/appStore';

/**
 * True when this screen's workshop is gone: deleted while open, or not found when joining again (also when the phone
 * still shows its cached copy of it, net/sessionCache.ts). Apart from SessionGone, which a phone loads only then.
 */
export function useSessionGone(): boolean {
  return useApp((s) => s.ended || s.joinError === 'not_found' || s.joinError === 'archived');
}
