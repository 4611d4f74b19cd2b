import type { boardLaterDa } from './laterStrings';

// Loaded only when English is shown (i18n/english.ts); typed by the Danish keys, so both always have the same ones.
export const boardLaterEn: Record<keyof typeof boardLaterDa, string> = {
  'board.ideaLimitReached': 'No room for more ideas: you have added as many as one person can, or the board is full. You can still edit your own.',
  'board.partner': 'Partner (who?)',
  'board.libraryBrings': 'What does the library bring?',
  'board.partnerBrings': 'What does the partner bring?',
  'board.gains': 'What does the partner gain?',
  'board.reasons': 'Which good reasons does it serve?',
  'board.kind': 'Kind of partnership',
  'board.kind.reach': 'Reach',
  'board.kind.duration': 'Duration',
  'board.kind.projectType': 'Project type',
  'board.kind.character': 'Character',
  'board.kind.none': '–',
  'board.otherSectors': 'There are ideas under {sectors} too – tap the tabs above.',
  'board.dotsPerSector': 'Your dots: {dots}',
  'board.dotsLeft': 'You have {count} dots left',
  'board.oneDotLeft': 'You have 1 dot left',
  'board.noDotsLeft': 'You have used all your dots',
  'board.oneDotPerIdea': 'Your dot is here – each idea can get one dot from you.',
  'board.vote': 'Add dot',
  'board.unvote': 'Take dot back',
  'board.yourDots': 'Your dots: {count}',
  'board.conflictReloaded': 'Someone else changed the idea. Here is the new version.',
};
