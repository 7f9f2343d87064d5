export { parseSource, docIdFromPath } from './parse-source.ts';
export { decodeTranscript, splitLines, type Decoded, type Encoding } from './decode.ts';
export { detectFormat, type FormatDetection } from './formats.ts';
export { parseTitleLine, titleFromFileName } from './title.ts';
export { parseTimestamp } from './subtitles.ts';
export { matchLabelCandidate, acceptLabels, isRoleLabel, type LabelCandidate } from './labels.ts';
export { detectLanguage, documentLanguage } from './language.ts';
