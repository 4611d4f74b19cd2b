// The phone's smaller later parts in one chunk: all are fetched right after joining anyway (preloadPhoneParts), and
// every chunk of its own costs the first load its name and its list of dependencies.
export { OutboxStatus } from '../outbox/OutboxStatus';
export { DotsLeft, VoteControls } from '../board/VoteControls';
export { Forgotten, ForgetMe } from '../privacy/ForgetMe';
export { OtherSectors } from '../board/OtherSectors';
export { IdeaDetailFields } from '../board/IdeaDetailFields';
export { RenameForm } from './RenameForm';
export { ArchivedNote, SessionGone } from '../../components/SessionGone';
