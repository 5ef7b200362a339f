/**
 * The mock exam's countdown as data: time spent is what elapsed before the last pause plus the time
 * since it last resumed, so it survives a reload (the state is stored) and needs no ticking to be right.
 */
export interface TimerState {
	/** Milliseconds spent before the current run. */
	elapsedMs: number;
	/** `Date.now()` when it was last started or resumed; null when paused or not started. */
	runningSince: number | null;
	started: boolean;
}

export type TimerStatus = 'ready' | 'running' | 'paused' | 'over';

export const newTimer = (): TimerState => ({ elapsedMs: 0, runningSince: null, started: false });

export function elapsedMs(timer: TimerState, now: number): number {
	return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

export function remainingMs(timer: TimerState, durationMs: number, now: number): number {
	return Math.max(0, durationMs - elapsedMs(timer, now));
}

export function timerStatus(timer: TimerState, durationMs: number, now: number): TimerStatus {
	if (!timer.started) return 'ready';
	if (remainingMs(timer, durationMs, now) === 0) return 'over';
	return timer.runningSince === null ? 'paused' : 'running';
}

export const startTimer = (timer: TimerState, now: number): TimerState =>
	timer.runningSince === null ? { elapsedMs: timer.elapsedMs, runningSince: now, started: true } : timer;

export const pauseTimer = (timer: TimerState, now: number): TimerState =>
	timer.runningSince === null ? timer : { elapsedMs: elapsedMs(timer, now), runningSince: null, started: true };

/** `1:59:07`, `0:05:00`: hours, minutes, seconds left, rounded up to the second. */
export function formatClock(ms: number): string {
	const total = Math.ceil(ms / 1000);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${Math.floor(total / 3600)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/** Minutes left at which screen readers hear the time: not every second, only these. */
export const ANNOUNCED_MINUTES = [30, 10, 0] as const;

/** The announced marks passed when the time left went from `beforeMs` to `afterMs`. */
export function crossedMarks(beforeMs: number, afterMs: number): number[] {
	return ANNOUNCED_MINUTES.filter((minutes) => beforeMs > minutes * 60_000 && afterMs <= minutes * 60_000);
}
