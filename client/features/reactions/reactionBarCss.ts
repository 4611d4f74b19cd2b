// The bar's styles ride in its chunk as text: a stylesheet of its own would be one more file the phone's first
// load must name (test/e2e/bundle.test.ts counts every byte of it).
export const reactionBarCss = `
.reaction-bar { display: grid; gap: 0.5rem; }
.reaction-buttons { display: grid; grid-template-columns: repeat(5, 1fr); gap: 0.5rem; }
.reaction-button {
  position: relative; min-height: 3.25rem; font-size: 1.75rem; line-height: 1; border-radius: 999px;
  background: var(--paper); border: 1px solid var(--line); cursor: pointer; touch-action: manipulation;
}
.reaction-button:active { transform: scale(0.94); }
.reaction-fly { position: absolute; left: 50%; top: 0; pointer-events: none; animation: reaction-fly 700ms ease-out forwards; }
@keyframes reaction-fly {
  from { transform: translate(-50%, 0) scale(1); opacity: 1; }
  to { transform: translate(-50%, -2.5rem) scale(1.3); opacity: 0; }
}
.reaction-status { margin: 0; min-height: 1.4em; font-size: 0.9rem; }
.reaction-status[data-status='rate_limited'], .reaction-status[data-status='offline'], .reaction-status[data-status='reactions_off'] { color: var(--warn); }
.reaction-off { margin: 0.25rem 0; }
@media (prefers-reduced-motion: reduce) {
  .reaction-fly { animation: none; display: none; }
  .reaction-button:active { transform: none; }
}
`;
