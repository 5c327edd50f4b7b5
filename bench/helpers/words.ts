// The words the benchmarks' generated posts are made of: a planner's vocabulary, so the search
// index and the captions look like a practice's, not a word per post.
export const TOPICS = [
  'sun care before summer',
  'what to expect at a first visit',
  'our new treatment room',
  'the charity 5k',
  'skin hydration myths',
  'aftercare tips',
  'the holiday open house',
  'a patient’s journey',
];
export const SENTENCES = [
  'We love sharing what happens behind our doors.',
  'Book your consultation through the link in our bio.',
  'Every treatment starts with a conversation about what you want.',
  'Our team trained for months to bring this to you.',
  'Thank you to everyone who came by this week!',
  'Questions? Send us a message, we answer every one.',
  'Sunscreen every day, even when it is cloudy.',
  'Results vary; we will always talk you through what is realistic.',
  'This is the part of the job we never get tired of.',
];
// prettier-ignore
export const HASHTAGS = [
  'skincare', 'aesthetics', 'medspa', 'glowup', 'selfcare', 'teamwork', 'behindthescenes',
  'skinhealth', 'nurseinjector', 'community', 'thankyou', 'spf', 'wellness', 'smallbusiness',
];
