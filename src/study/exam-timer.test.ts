import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossedMarks, formatClock, newTimer, pauseTimer, remainingMs, startTimer, timerStatus } from './exam-timer.ts';

const HOUR = 3_600_000;

test('a started timer counts down; a paused one stands still; resuming goes on from there', () => {
	let timer = startTimer(newTimer(), 1_000);
	assert.equal(remainingMs(timer, 2 * HOUR, 61_000), 2 * HOUR - 60_000);
	timer = pauseTimer(timer, 61_000);
	assert.equal(timerStatus(timer, 2 * HOUR, 500_000), 'paused');
	assert.equal(remainingMs(timer, 2 * HOUR, 500_000), 2 * HOUR - 60_000);
	timer = startTimer(timer, 500_000);
	assert.equal(remainingMs(timer, 2 * HOUR, 530_000), 2 * HOUR - 90_000);
	assert.equal(timerStatus(timer, 2 * HOUR, 530_000), 'running');
});

test('the timer is ready before the start and over at zero, never below', () => {
	assert.equal(timerStatus(newTimer(), HOUR, 0), 'ready');
	const timer = startTimer(newTimer(), 0);
	assert.equal(timerStatus(timer, HOUR, HOUR + 5), 'over');
	assert.equal(remainingMs(timer, HOUR, 3 * HOUR), 0);
});

test('a clock that goes back does not add time', () => {
	const timer = startTimer(newTimer(), 10_000);
	assert.equal(remainingMs(timer, HOUR, 5_000), HOUR);
});

test('the clock shows hours, minutes and seconds, rounded up', () => {
	assert.equal(formatClock(2 * HOUR), '2:00:00');
	assert.equal(formatClock(HOUR - 1), '1:00:00');
	assert.equal(formatClock(5 * 60_000 + 7_001), '0:05:08');
	assert.equal(formatClock(0), '0:00:00');
});

test('30, 10 and 0 minutes left are announced once, when crossed', () => {
	assert.deepEqual(crossedMarks(31 * 60_000, 30 * 60_000), [30]);
	assert.deepEqual(crossedMarks(30 * 60_000, 29 * 60_000), []);
	assert.deepEqual(crossedMarks(11 * 60_000, 0), [10, 0]);
	assert.deepEqual(crossedMarks(2 * HOUR, 119 * 60_000), []);
});
