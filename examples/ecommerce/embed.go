// Package ecommerce embeds the starter pack's rules for an e-commerce back
// office (docs/architecture.md §3 schema): a worked example of a team's own rules
// repository (point rules.dir at examples/ecommerce/rules); vigil.yaml
// beside them is the pack's config for `vigil run`. With no rules.dir,
// vigil uses the generic pack of rules/builtin instead.
package ecommerce

import "embed"

// FS holds rules/, the rule files.
//
//go:embed rules
var FS embed.FS
