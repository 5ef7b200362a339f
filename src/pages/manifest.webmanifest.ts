import type { APIRoute } from 'astro';
import { appManifest } from '../offline/app-manifest.ts';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			appManifest('Certified Kubernetes Security Specialist (CKS) study notes and practice tasks: every exam domain, searchable and printable, online or offline.'),
		),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
