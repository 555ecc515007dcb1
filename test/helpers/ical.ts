import assert from 'node:assert/strict';
import ICAL from 'ical.js';

// Reads a calendar the way a calendar application would, with ical.js (Mozilla's iCalendar parser, a
// devDependency that shares no code with ical-generator, which writes the file), after checking the line rules
// of RFC 5545 §3.1 that a lenient parser lets pass.

export interface ParsedAlarm {
  action: string;
  /** The trigger as written (e.g. -P2DT15H) and in seconds. */
  trigger: string;
  seconds: number;
  related: string;
  description: string;
}

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  /** YYYY-MM-DD for an all-day event, an ISO instant (UTC) for a timed one. */
  start: string;
  end: string | null;
  allDay: boolean;
  transparency: string;
  rrule: string | null;
  alarms: ParsedAlarm[];
}

export interface ParsedCalendar {
  name: string;
  events: ParsedEvent[];
  /** The events that are not cancelled. */
  active: ParsedEvent[];
  cancelled: ParsedEvent[];
}

/** Every line ends with CRLF (the last one too), no bare CR or LF, none longer than 75 octets. */
export function assertRfc5545Lines(text: string): void {
  assert.ok(text.endsWith('\r\n'), 'the last line ends with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    assert.doesNotMatch(line, /[\r\n]/, `a bare CR or LF in ${JSON.stringify(line)}`);
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `longer than 75 octets: ${JSON.stringify(line)}`);
    // Control characters other than HTAB are not allowed in content lines.
    assert.doesNotMatch(line, /[\u0000-\u0008\u000a-\u001f\u007f]/, `a control character in ${JSON.stringify(line)}`);
  }
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
}

// X-WR-CALNAME is TEXT by convention (Apple, Google); ical.js reads unknown properties raw unless told.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

const text = (component: ICAL.Component, name: string) => {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? '' : String(value);
};

function timeOf(value: unknown): string {
  const time = value as ICAL.Time;
  return time.isDate ? time.toString() : time.toJSDate().toISOString();
}

export function parseCalendar(ics: string): ParsedCalendar {
  assertRfc5545Lines(ics);
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  assert.equal(root.name, 'vcalendar');
  assert.equal(text(root, 'version'), '2.0');
  assert.ok(text(root, 'prodid'), 'PRODID is required');
  const events = root.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time | null;
    assert.ok(vevent.getFirstPropertyValue('dtstamp'), 'DTSTAMP is required');
    return {
      uid: text(vevent, 'uid'),
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      status: text(vevent, 'status'),
      summary: text(vevent, 'summary'),
      description: text(vevent, 'description'),
      start: timeOf(start),
      end: end ? timeOf(end) : null,
      allDay: start.isDate,
      transparency: text(vevent, 'transp'),
      rrule: vevent.getFirstPropertyValue('rrule') ? String(vevent.getFirstPropertyValue('rrule')) : null,
      alarms: vevent.getAllSubcomponents('valarm').map((valarm) => {
        const trigger = valarm.getFirstProperty('trigger')!;
        const duration = trigger.getFirstValue() as ICAL.Duration;
        return {
          action: text(valarm, 'action'),
          trigger: duration.toString(),
          seconds: duration.toSeconds(),
          related: String(trigger.getParameter('related') ?? 'START'),
          description: text(valarm, 'description'),
        };
      }),
    };
  });
  return {
    name: text(root, 'x-wr-calname'),
    events,
    active: events.filter((event) => event.status !== 'CANCELLED'),
    cancelled: events.filter((event) => event.status === 'CANCELLED'),
  };
}
