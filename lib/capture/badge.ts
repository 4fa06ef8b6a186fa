import type { CaptureOutcome } from '../messages';

/** The toolbar badge for an outcome, for captures made without the popup (shortcut, context menu). */
export function badgeFor(outcome: CaptureOutcome): { text: string; color: string } {
  switch (outcome.kind) {
    case 'stored':
      return { text: outcome.created ? '✓' : '↻', color: '#1a7f37' };
    case 'already-captured':
      return { text: '=', color: '#0969da' };
    case 'no-article':
      return { text: '∅', color: '#9a6700' };
    case 'restricted':
    case 'error':
      return { text: '!', color: '#cf222e' };
  }
}

export const BADGE_MS = 4000;
