// Package builtin embeds vigil's built-in rule pack: what `vigil run`,
// `vigil replay`, `vigil eval` and `vigil demo` evaluate when no rules
// directory is configured.
//
// The pack names no service, job, shop or threshold of any store. Every rule
// reads the docs/architecture.md §3 fields only and groups by service.name (and the
// narrower labels of its signal), so each alert names the service it is
// about; what is normal for each series is learnt from the stream by the
// detector presets. A team's own rules repository (examples/ecommerce is a
// worked example) replaces the pack with `rules.dir`.
package builtin

import "embed"

// FS holds pack/, the rule files.
//
//go:embed pack
var FS embed.FS

// Dir is the directory of the rule files inside FS.
const Dir = "pack"
