// "Never a name" for the page: the rule and its word lists stay in the main process.
import { sharedTitle, storyNameFindings } from '../../shared/privacy';
import type { AreaHandlers } from './types';

export const privacyHandlers: AreaHandlers<'privacy.storyFindings' | 'privacy.sharedTitles'> = {
  'privacy.storyFindings': async (_tx, post) => storyNameFindings(post),
  'privacy.sharedTitles': async (_tx, { titles }) =>
    titles.map((title) => sharedTitle({ category: 'patient_story', title })),
};
