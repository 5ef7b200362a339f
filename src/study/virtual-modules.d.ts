// Modules written by the build (src/plugins/study-modules.ts).
declare module 'virtual:cks-progress-validator' {
	const validate: import('./progress-schema.ts').ProgressValidator;
	export default validate;
}

declare module 'virtual:cks-study-catalogue' {
	const catalogue: import('./catalogue.ts').StudyCatalogue;
	export default catalogue;
}

declare module 'virtual:cks-study-catalogue-titled' {
	const catalogue: import('./catalogue.ts').TitledCatalogue;
	export default catalogue;
}
