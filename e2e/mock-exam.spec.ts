import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { viewports } from './support/audit.ts';
import { printedPdfText, squash } from './support/pdf-text.ts';

const EXAM = 'practice/mock-exam-a/';
const SOLUTIONS = 'practice/mock-exam-a/solutions/';
const KEY = 'cks-notes:mock-exams';
const BACKUP_KEY = 'cks-notes:mock-exams:unreadable';
const START = new Date('2026-12-02T09:00:00Z');

const clock = (page: Page) => page.getByRole('timer', { name: 'Time left' });
const announcer = (page: Page) => page.locator('cks-mock-exam [role="status"][data-announce]');

test.describe('mock exam', () => {
	test('reads as a numbered task list with a link to its solutions, 15 to 20 tasks of 100 points', async ({ page }) => {
		await page.goto(EXAM);
		const tasks = page.locator('.cks-mock-tasks > li');
		const count = await tasks.count();
		expect(count).toBeGreaterThanOrEqual(15);
		expect(count).toBeLessThanOrEqual(20);
		const points = await page.locator('.cks-mock-tasks article').evaluateAll((articles) => articles.reduce((sum, article) => sum + Number((article as HTMLElement).dataset['points']), 0));
		expect(points).toBe(100);
		await expect(tasks.first().getByRole('heading', { level: 2 })).toContainText('Task 1');
		await expect(page.locator('.cks-mock-tasks .cks-solution, .cks-mock-tasks .cks-task__solution')).toHaveCount(0);
		await page.locator('.cks-practice-intro').getByRole('link', { name: 'solutions' }).click();
		await expect(page).toHaveURL(/mock-exam-a\/solutions\/$/);
		await expect(page.locator('.cks-task__solution')).toHaveCount(count);
	});

	test('the timer counts down, pauses, survives a reload and resumes', async ({ page }) => {
		await page.clock.install({ time: START });
		await page.goto(EXAM);
		await expect(clock(page)).toHaveText('2:00:00');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await page.clock.runFor(61_000);
		await expect(clock(page)).toHaveText('1:58:59');
		await page.getByRole('button', { name: 'Pause' }).click();
		await page.clock.runFor(600_000);
		await expect(clock(page)).toHaveText('1:58:59');
		await page.reload();
		await expect(clock(page)).toHaveText('1:58:59');
		await expect(page.locator('[data-state]')).toHaveText('Paused');
		await page.getByRole('button', { name: 'Resume' }).click();
		await page.clock.runFor(59_000);
		await expect(clock(page)).toHaveText('1:58:00');
		// Reloading while it runs keeps counting the time the page was away.
		await page.reload();
		await page.clock.runFor(2_000);
		await expect(clock(page)).toHaveText(/^1:57:5\d$/);
	});

	test('screen readers hear the time at 30, 10 and 0 minutes left, not every second', async ({ page }) => {
		await page.clock.install({ time: START });
		await page.goto(EXAM);
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await page.clock.runFor(60_000);
		await expect(announcer(page)).toHaveText('');
		await page.clock.runFor(89 * 60_000 - 1_000);
		await expect(clock(page)).toHaveText('0:30:01');
		await expect(announcer(page)).toHaveText('');
		await page.clock.runFor(2_000);
		await expect(announcer(page)).toHaveText('30 minutes left');
		await page.clock.runFor(20 * 60_000);
		await expect(announcer(page)).toHaveText('10 minutes left');
		await page.clock.runFor(10 * 60_000);
		await expect(announcer(page)).toHaveText('Time is up');
		await expect(clock(page)).toHaveText('0:00:00');
		await expect(page.locator('[data-state]')).toHaveText('Time is up');
		await expect(page.getByRole('button', { name: 'Pause' })).toBeHidden();
	});

	test('tasks can be flagged and marked done, in the task list too, and the marks survive a reload', async ({ page }) => {
		await page.goto(EXAM);
		const flag = page.getByRole('button', { name: 'Flag task 2 for review' });
		const done = page.getByRole('button', { name: 'Done: task 1', exact: true });
		await flag.click();
		await done.click();
		await expect(flag).toHaveAttribute('aria-pressed', 'true');
		await expect(done).toHaveAttribute('aria-pressed', 'true');
		const nav = page.getByRole('navigation', { name: 'Tasks' });
		await expect(nav.getByRole('link', { name: 'Task 1 (done)' })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Task 2 (flagged)' })).toBeVisible();
		await expect(page.locator('[data-count]')).toContainText('1 of');
		await page.reload();
		await expect(page.getByRole('button', { name: 'Flag task 2 for review' })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Done: task 1', exact: true }).click();
		await expect(nav.getByRole('link', { name: 'Task 1', exact: true })).toBeVisible();
	});

	test('self-scoring shows the score, pass or fail, and per domain where the points were lost', async ({ page }) => {
		await page.goto(EXAM);
		const boxes = page.locator('[data-score-form] input[type="checkbox"]');
		const total = await boxes.count();
		// Every check ticked but those of task 1.
		const firstTask = page.locator('[data-score-form] fieldset').first();
		const lost = await firstTask.locator('input').evaluateAll((inputs) => inputs.reduce((sum, input) => sum + Number((input as HTMLElement).dataset['points']), 0));
		for (let index = 0; index < total; index += 1) await boxes.nth(index).check();
		const firstBoxes = firstTask.locator('input');
		for (let index = 0; index < (await firstBoxes.count()); index += 1) await firstBoxes.nth(index).uncheck();
		await page.getByRole('button', { name: 'Show my score' }).click();
		const result = page.locator('[data-result]');
		await expect(result).toBeFocused();
		await expect(result.locator('[data-total]')).toHaveText(`${100 - lost} of 100 points (${100 - lost}%): ${100 - lost >= 67 ? 'pass' : 'not a pass'}; the pass mark is 67%.`);
		const firstDomain = await firstTask.getAttribute('data-domain');
		const row = result.locator(`[data-domain-row="${firstDomain}"]`);
		await expect(row.locator('[data-lost]:visible')).toHaveCount(1);
		await expect(row.locator('[data-lost]:visible a').first()).toHaveAttribute('href', new RegExp(`/${firstDomain}/#\\d`));
		await expect(result.locator('tr[data-domain-row] [data-nothing-lost]:visible')).toHaveCount(5);
		// Failing: nothing ticked.
		for (let index = 0; index < total; index += 1) await boxes.nth(index).uncheck();
		await page.getByRole('button', { name: 'Show my score' }).click();
		await expect(result.locator('[data-total]')).toHaveText('0 of 100 points (0%): not a pass; the pass mark is 67%.');
		await page.reload();
		await expect(result.locator('[data-total]')).toContainText('0 of 100 points');
	});

	test('stored state that cannot be read is kept aside with a message, and the exam still works', async ({ page }) => {
		await page.addInitScript(([key]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key as string, '{"version":1,"exams":{"mock-exam-a":{"timer":"broken"}}}');
				sessionStorage.setItem('seeded', '1');
			}
		}, [KEY]);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(EXAM);
		await expect(page.locator('[data-message]')).toContainText('could not be read');
		expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toContain('broken');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(page.locator('[data-state]')).toHaveText('Running');
		expect(errors).toEqual([]);
	});

	test('with storage blocked the exam works for this visit and says so', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		await page.clock.install({ time: START });
		await page.goto(EXAM);
		await expect(page.locator('[data-message]')).toContainText('does not let the site save data');
		await page.getByRole('button', { name: 'Start', exact: true }).click();
		await page.clock.runFor(5_000);
		await expect(clock(page)).toHaveText('1:59:55');
	});

	test('prints as the task sheet without solutions; the solutions page prints them', async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto(SOLUTIONS);
		const solutionLines = await page.locator('.cks-task__solution .ec-line').evaluateAll((lines) =>
			lines.map((line) => (line.textContent ?? '').trim()).filter((line) => line.length >= 25),
		);
		expect(solutionLines.length).toBeGreaterThan(20);
		const solutionsPdf = await printedPdfText(page);
		expect(solutionsPdf).toContain(squash(solutionLines[0] ?? ''));

		await page.goto(EXAM);
		const statement = (await page.locator('[data-task-statement] p').first().textContent()) ?? '';
		// A command that a statement quotes (a path, a context) is not the solution's own.
		const examText = squash((await page.locator('main').textContent()) ?? '');
		const examPdf = await printedPdfText(page);
		expect(examPdf).toContain(squash(statement).slice(0, 60));
		expect(solutionLines.filter((line) => !examText.includes(squash(line)) && examPdf.includes(squash(line)))).toEqual([]);
		for (const control of ['Not started', 'Show my score', 'Time left']) expect(examPdf).not.toContain(squash(control));
	});

	for (const theme of ['light', 'dark'] as const) {
		for (const [size, viewport] of Object.entries(viewports)) {
			test(`the running timer, marks and result pass axe in the ${theme} theme at ${viewport.width} px`, async ({ page }) => {
				test.setTimeout(180_000);
				await page.emulateMedia({ colorScheme: theme });
				await page.setViewportSize(viewport);
				await page.goto(EXAM);
				await page.getByRole('button', { name: 'Start', exact: true }).click();
				await page.getByRole('button', { name: 'Flag task 1 for review' }).click();
				await page.getByRole('button', { name: 'Done: task 2', exact: true }).click();
				await page.locator('[data-score-form] input').first().check();
				await page.getByRole('button', { name: 'Show my score' }).click();
				await expect(page.locator('[data-result]')).toBeVisible();
				expect(await axeViolations(page, 'cks-mock-exam')).toEqual([]);
				if (size === 'phone') {
					const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
					expect(overflow).toBeLessThanOrEqual(0);
				}
			});
		}
	}

	test('is usable by keyboard: start, pause, flag, mark done and score with Tab, Enter and Space', async ({ page }) => {
		await page.goto(EXAM);
		await page.getByRole('button', { name: 'Start', exact: true }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await page.getByRole('button', { name: 'Pause' }).focus();
		await page.keyboard.press('Space');
		await expect(page.locator('[data-state]')).toHaveText('Paused');
		await page.getByRole('button', { name: 'Flag task 1 for review' }).focus();
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Flag task 1 for review' })).toHaveAttribute('aria-pressed', 'true');
		await page.locator('[data-score-form] input').first().focus();
		await page.keyboard.press('Space');
		await expect(page.locator('[data-score-form] input').first()).toBeChecked();
		await page.getByRole('button', { name: 'Show my score' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-result]')).toBeFocused();
	});
});

test('Start again clears the timer, marks and score after confirming', async ({ page }) => {
	await page.goto(EXAM);
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await page.getByRole('button', { name: 'Flag task 1 for review' }).click();
	page.once('dialog', (dialog) => dialog.dismiss());
	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(page.locator('[data-state]')).toHaveText('Running');
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(page.locator('[data-state]')).toHaveText('Not started');
	await expect(page.getByRole('button', { name: 'Flag task 1 for review' })).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
});
