/** The content checks, each a function from the parsed pages to the problems it finds. */
import { checkAdmissionScope } from './admission-scope.ts';
import { checkContainerLists } from './container-lists.ts';
import type { Page, Problem } from './content.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkHeadingIds } from './heading-ids.ts';
import { checkHeadingLevels } from './heading-levels.ts';
import { checkJsonSyntax } from './json-syntax.ts';
import { checkKubernetesSchema } from './kubernetes-schema.ts';
import { checkLanguages } from './languages.ts';
import { checkMockExams } from './mock-exams.ts';
import { checkPracticeTasks } from './practice.ts';
import { checkPracticeCoverage } from './practice-coverage.ts';
import { checkRemovedApis } from './removed-apis.ts';
import { checkSharedFacts } from './shared-facts.ts';
import { checkShellSyntax } from './shell-syntax.ts';
import { checkTypography } from './typography.ts';
import { checkYamlSyntax } from './yaml-syntax.ts';

export const contentChecks: Record<string, (pages: Page[]) => Problem[] | Promise<Problem[]>> = {
	'every code fence names an allowed language': checkLanguages,
	'every yaml block parses as YAML 1.2, without duplicate keys': checkYamlSyntax,
	'every Kubernetes object validates against its schema': checkKubernetesSchema,
	'no removed API or deprecated marker outside a historical block': checkRemovedApis,
	'no typographic dashes, quotes or spaces in code': checkTypography,
	'every sh/bash block passes bash -n': checkShellSyntax,
	'every json block parses': checkJsonSyntax,
	'topic ids are unique across the domain pages': checkHeadingIds,
	'headings never skip a level': checkHeadingLevels,
	'every page has a title and a unique 50-160 character description': checkFrontmatter,
	'every admission policy binding is scoped, or said to be cluster-wide': checkAdmissionScope,
	'every policy that inspects containers covers init and ephemeral containers': checkContainerLists,
	'CIS check ids and Falco files, keys and units agree with src/facts': checkSharedFacts,
	'every practice task has valid metadata, existing topics, its four parts, a docs link and an idempotent setup script': checkPracticeTasks,
	'every domain has its minimum of practice tasks and every competency a task': checkPracticeCoverage,
	'every mock exam has 15-20 tasks, 100 points weighted like the exam, none shared': checkMockExams,
};
