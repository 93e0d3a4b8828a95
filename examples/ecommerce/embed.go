// Package ecommerce embeds the starter pack's rules for an e-commerce back
// office (DESIGN §3 schema). `vigil demo` and `vigil replay` use them when no
// -c is given; vigil.yaml beside them is the pack's config for `vigil run`.
package ecommerce

import "embed"

// FS holds rules/, the rule files.
//
//go:embed rules
var FS embed.FS
