/** A mock exam's tasks as collection entries, in exam order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { mockExams, type MockExam } from './mock-exams.ts';

export function mockExamBySlug(slug: string): MockExam {
	const exam = mockExams.find((candidate) => candidate.slug === slug);
	if (!exam) throw new Error(`src/practice/mock-exams.ts has no mock exam "${slug}"`);
	return exam;
}

export async function mockExamEntries(exam: MockExam): Promise<CollectionEntry<'practice'>[]> {
	const byId = new Map((await getCollection('practice')).map((entry) => [entry.data.id, entry]));
	return exam.tasks.map((id) => {
		const entry = byId.get(id);
		if (!entry) throw new Error(`src/practice/mock-exams.ts: ${exam.title} names task ${id}, which does not exist`);
		return entry;
	});
}
