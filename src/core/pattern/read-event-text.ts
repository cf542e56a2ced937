import { parseLosslessJson } from './parse-lossless-json';
import { isPatternObject, type PatternObject } from './pattern-json';

/** Events larger than this are refused: EventBridge's PutEvents entries are at most 256 KB. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html */
export const MAX_EVENT_LENGTH = 256 * 1024;

/** The fields TestEventPattern requires of an event (research/event-patterns.md §7, from AWS's answers). */
export const REQUIRED_EVENT_FIELDS = ['id', 'account', 'source', 'time', 'region', 'detail-type'] as const;

export interface EventText {
  event?: PatternObject;
  /** Why the text is not an event; the event is absent then. */
  problem?: { message: string; offset?: number };
  /** An event EventBridge's own tester would refuse, though the designer can still match it. */
  warnings: string[];
}

/** An event as the user pasted it: a JSON object, numbers kept exactly as written. */
export function readEventText(text: string): EventText {
  if (text.length > MAX_EVENT_LENGTH)
    return { problem: { message: `The event is ${text.length} characters long; EventBridge events are at most 256 KB.` }, warnings: [] };
  const parsed = parseLosslessJson(text);
  if (!parsed.ok) return { problem: { message: parsed.message, offset: parsed.offset }, warnings: [] };
  if (!isPatternObject(parsed.value))
    return {
      problem: { message: 'An event is a JSON object, such as {"source": "my.app", "detail-type": "...", "detail": {...}}.' },
      warnings: [],
    };
  const event = parsed.value;
  const missing = REQUIRED_EVENT_FIELDS.filter((field) => !(field in event));
  const warnings =
    missing.length > 0 ? [`EventBridge events always have ${missing.map((f) => `"${f}"`).join(', ')}; this one does not.`] : [];
  return { event, warnings };
}
