export * from './types';
export { parsePlan } from './parse-plan';
export { decodePlanBytes, looksLikeHtml } from '../text/decode';
export { htmlToText } from '../text/html-to-text';
