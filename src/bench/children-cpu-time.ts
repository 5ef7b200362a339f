import { readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

/**
 * CPU time (user + system) used so far by this process's finished children and their descendants,
 * from /proc/self/stat (cutime, cstime); NaN where there is no /proc. Unlike wall-clock time, it
 * hardly depends on what else the machine is running.
 */
export function childrenCpuMs(): number {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		// Fields after the command name, which may hold spaces, start at field 3 (state).
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[16 - 3]) + Number(fields[17 - 3])) * TICK_MS;
	} catch {
		return Number.NaN;
	}
}
