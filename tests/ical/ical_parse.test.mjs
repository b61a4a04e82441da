// Reads the calendar written by ical_sample (Bolwerk's RFC 5545 writer) with ical.js, a
// real iCalendar parser, and checks what a calendar client would show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';

const sample = process.env.BOLWERK_ICAL_SAMPLE;
assert.ok(sample, 'BOLWERK_ICAL_SAMPLE names the ical_sample program');
const text = execFileSync(sample, { encoding: 'utf8' });

const calendar = new ICAL.Component(ICAL.parse(text));
ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')));

function component(uid) {
  const found = [...calendar.getAllSubcomponents('vevent'), ...calendar.getAllSubcomponents('vtodo')]
    .find((item) => item.getFirstPropertyValue('uid') === uid);
  assert.ok(found, `component ${uid}`);
  return found;
}

function unixOf(time) {
  return time.toUnixTime();
}

const utc = (text) => Date.parse(text) / 1000;

test('every line ends in CRLF and no physical line exceeds 75 octets', () => {
  assert.ok(text.endsWith('\r\n'));
  const lines = text.split('\r\n');
  assert.equal(lines.pop(), '');
  for (const line of lines) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long: ${line}`);
    assert.ok(!line.includes('\n') && !line.includes('\r'));
    assert.ok(!line.includes('\ufffd'), 'a fold split a UTF-8 character');
  }
});

test('the calendar has its properties and the Amsterdam time zone', () => {
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Bolwerk – Gemeente Voorbeeld');
  const zone = ICAL.TimezoneService.get('Europe/Amsterdam');
  assert.ok(zone);
  assert.equal(calendar.getAllSubcomponents('vevent').length, 5);
  assert.equal(calendar.getAllSubcomponents('vtodo').length, 2);
  const uids = [...calendar.getAllSubcomponents('vevent'), ...calendar.getAllSubcomponents('vtodo')]
    .map((item) => item.getFirstPropertyValue('uid'));
  assert.equal(new Set(uids).size, uids.length);
  for (const item of calendar.getAllSubcomponents('vevent')) {
    assert.equal(unixOf(item.getFirstPropertyValue('dtstamp')), utc('2026-10-20T08:00:00Z'));
  }
});

test('text survives escaping and folding unchanged', () => {
  const task = new ICAL.Event(component('task-all-day@bolwerk.test'));
  assert.equal(task.summary, '5.18.02 Toegangsrechten beoordelen: Zaak, systeem; \\ A');
  let expected = 'Beoordeel de toegangsrechten van het zaaksysteem (BIO2 5.18.02). ';
  for (let index = 0; index < 8; index++) expected += 'Privé-gegevens, één ‘lijnmanager’; €100\\jaar. ';
  assert.equal(task.description, expected);
  assert.equal(component('task-todo@bolwerk.test').getFirstPropertyValue('description'), 'regel 1\nregel 2');
  assert.equal(component('task-all-day@bolwerk.test').getFirstPropertyValue('url'), 'https://bolwerk.test/taken');
  assert.deepEqual(component('task-all-day@bolwerk.test').getFirstProperty('categories').getValues(),
    ['Bolwerk', '5.18.02']);
});

test('all-day items fall on their Dutch calendar day', () => {
  const task = new ICAL.Event(component('task-all-day@bolwerk.test'));
  assert.ok(task.startDate.isDate);
  assert.equal(task.startDate.toString(), '2026-12-31');
  assert.equal(task.endDate.toString(), '2027-01-01');
  const due = component('task-todo@bolwerk.test').getFirstPropertyValue('due');
  assert.ok(due.isDate);
  assert.equal(due.toString(), '2028-02-29');
  assert.equal(component('task-todo@bolwerk.test').getFirstPropertyValue('status'), 'NEEDS-ACTION');
});

test('deadlines are the right instants on both sides of the clock changes', () => {
  const cases = [
    ['deadline-winter@bolwerk.test', '2026-12-08T13:05:00Z'],
    ['deadline-summer@bolwerk.test', '2026-07-01T08:00:00Z'],
    ['deadline-after-gap@bolwerk.test', '2026-03-29T01:00:00Z'],
  ];
  for (const [uid, instant] of cases) {
    const event = new ICAL.Event(component(uid));
    assert.equal(event.startDate.zone.tzid, 'Europe/Amsterdam', uid);
    assert.equal(unixOf(event.startDate), utc(instant), uid);
  }
  // 02:30 happens twice on 25 October; both are written in UTC, so no client guesses.
  const first = new ICAL.Event(component('deadline-first-0230@bolwerk.test')).startDate;
  assert.ok(first.zone === ICAL.Timezone.utcTimezone);
  assert.equal(unixOf(first), utc('2026-10-25T00:30:00Z'));
  assert.equal(unixOf(component('deadline-second-0230@bolwerk.test').getFirstPropertyValue('due')),
    utc('2026-10-25T01:30:00Z'));
});

test('alarms go off at the escalation points', () => {
  const alarms = component('deadline-winter@bolwerk.test').getAllSubcomponents('valarm');
  const triggers = alarms.map((alarm) => alarm.getFirstPropertyValue('trigger').toSeconds());
  assert.deepEqual(triggers, [-24 * 3600, -8 * 3600, -90 * 60]);
  assert.equal(alarms[0].getFirstPropertyValue('action'), 'DISPLAY');
  const weekly = component('deadline-summer@bolwerk.test').getFirstSubcomponent('valarm');
  assert.equal(weekly.getFirstPropertyValue('trigger').toSeconds(), -7 * 24 * 3600);
});
