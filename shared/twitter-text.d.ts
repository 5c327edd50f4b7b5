// twitter-text's types (@types/twitter-text) describe its main entry; shared/captions.ts imports
// the one function it needs straight from the package's ES modules.
declare module 'twitter-text/dist/esm/parseTweet' {
  const parseTweet: typeof import('twitter-text').parseTweet;
  export default parseTweet;
}
