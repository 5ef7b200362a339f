/**
 * Falco's files, configuration keys and systemd units as the pages name them: the one source the content
 * check src/checks/shared-facts.ts holds every page to, so the notes and the cheat sheets cannot disagree.
 *
 * Source: github.com/falcosecurity/falco, tag 0.44.1 (commit f1ac5eb1a1c9da9f797f799121ab700263621443):
 * - falco.yaml: the top-level keys, and `rules_files` (/etc/falco/falco_rules.yaml,
 *   /etc/falco/falco_rules.local.yaml, /etc/falco/rules.d) and `config_files` (/etc/falco/config.d);
 * - CMakeLists.txt (FALCO_INSTALL_CONF_FILE /etc/falco/falco.yaml) and cmake/modules/rules.cmake (the two
 *   rules files and rules.d installed in FALCO_ETC_DIR, /etc/falco);
 * - scripts/systemd/ and scripts/CMakeLists.txt: the units the packages install. falco-bpf.service (the
 *   legacy eBPF probe) is in 0.43.0 and gone from 0.44.0.
 * - falco-sandbox_rules.yaml is not part of Falco: github.com/falcosecurity/rules, rules/falco-sandbox_rules.yaml.
 */

/** Files and directories under /etc/falco (a directory ends with `/` when a page writes it so; both forms match). */
export const falcoPaths: readonly string[] = [
	'/etc/falco',
	'/etc/falco/falco.yaml',
	'/etc/falco/falco_rules.yaml',
	'/etc/falco/falco_rules.local.yaml',
	'/etc/falco/rules.d',
	'/etc/falco/config.d',
];

/** Rules files that are not installed by Falco but named on the pages (falcosecurity/rules). */
export const falcoOtherRulesFiles: readonly string[] = ['falco-sandbox_rules.yaml'];

/** Top-level keys of falco.yaml in Falco 0.44.1. */
export const falcoConfigKeys: readonly string[] = [
	'config_files', 'watch_config_files', 'rules_files', 'engine', 'capture', 'load_plugins', 'plugins',
	'plugins_hostinfo', 'priority', 'json_output', 'json_include_output_property', 'json_include_message_property',
	'json_include_output_fields_property', 'json_include_tags_property', 'buffered_outputs', 'rule_matching',
	'outputs_queue', 'append_output', 'stdout_output', 'syslog_output', 'file_output', 'http_output',
	'program_output', 'webserver', 'log_stderr', 'log_syslog', 'log_level', 'libs_logger', 'output_timeout',
	'syscall_event_timeouts', 'syscall_event_drops', 'metrics', 'base_syscalls', 'falco_libs',
];

/** systemd units (without `.service`) the Falco 0.44 packages install. */
export const falcoUnits: readonly string[] = [
	'falco-modern-bpf',
	'falco-kmod',
	'falco-kmod-inject',
	'falco-custom',
	'falcoctl-artifact-follow',
];

/** Units that are gone, with the Falco version that removed them: a page names one only with that version. */
export const falcoRemovedUnits: Readonly<Record<string, string>> = { 'falco-bpf': '0.44' };
